package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.GeneratedHeader;
import io.jvirt.installer.write.flux.FluxWriter;
import io.jvirt.installer.write.flux.Kustomization;
import io.jvirt.installer.write.gitops.GitOpsYaml;
import io.jvirt.testing.Rollouts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * jvirt delivered by real Flux controllers (built here, {@code hack/gitops}) from a real Git
 * server: what {@code render --format flux} and {@code --format workloads} write is pushed, and
 * Flux installs basic+cdi in dependsOn order behind health checks, syncs the example VMs, never
 * drifts, follows Git's {@code running}, prunes, and upgrades without restarting guests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(GitOpsOrder.FLUX)
class FluxE2E {
  private static final String PROFILE = "basic+cdi";
  private static final String CLUSTER_FILE = "flux/clusters/default/jvirt.yaml";
  private static final String WORKLOADS = Renderings.WORKLOADS;
  private static final String VM_FILE = WORKLOADS + "/manifests/02-vm-testvm.yaml";
  private static final String STOPPED_VM_FILE = WORKLOADS + "/manifests/03-vm-stopped-vm.yaml";
  private static final String NAMESPACE_FILE = WORKLOADS + "/manifests/01-namespace-vms.yaml";
  private static final String VMS = "vms";
  private static final String UPGRADE_TAG = Images.DEFAULT_TAG + "-next";
  private static final List<String> UNITS =
      List.of("kubevirt-operator", "kubevirt-cr", "cdi-operator", "cdi-cr");

  @TempDir static Path work;

  private static Jvirt jvirt;
  private static GitOpsHost host;
  private static GitCheckout git;
  private static FluxObjects flux;
  private static String url;

  @BeforeAll
  static void setUp() {
    GitOpsStage stage = GitOpsStage.prepare(work, PROFILE, "jvirt");
    jvirt = stage.jvirt();
    host = stage.host();
    url = stage.url();
    git = stage.git();
    flux = new FluxObjects(jvirt.client());
  }

  @AfterAll
  static void tearDown() {
    if (flux == null) {
      return;
    }
    // the VMs' Kustomization prunes them while jvirt still runs to finalize them; the units then
    // let go of jvirt (prune off) and the installer removes it in its order: CRs before operators
    flux.kustomization(VMS).delete();
    await()
        .atMost(Duration.ofMinutes(3))
        .until(
            () ->
                jvirt
                    .client()
                    .resources(VirtualMachineInstance.class)
                    .inNamespace(VMS)
                    .list()
                    .getItems()
                    .isEmpty());
    for (String unit : UNITS) {
      flux.setPrune(unit, false);
      flux.kustomization(unit).delete();
    }
    for (String source : List.of("jvirt", "jvirt-workloads")) {
      flux.gitRepository(source).delete();
    }
    await()
        .atMost(Duration.ofMinutes(3))
        .until(
            () ->
                jvirt
                    .client()
                    .genericKubernetesResources(FluxObjects.KUSTOMIZE_API, "Kustomization")
                    .inNamespace(FluxObjects.NAMESPACE)
                    .list()
                    .getItems()
                    .isEmpty());
    jvirt.installer("uninstall", "--profile", PROFILE, "--delete-vms");
    // kept by Flux on purpose (prune: Disabled); empty now
    jvirt.client().namespaces().withName(VMS).delete();
  }

  @Test
  @Order(1)
  void aBrokenUnitHoldsBackTheNextWithAReadableReason() {
    Map<String, String> files = render("flux", "--tag", "missing-image");
    // a short health-check timeout, so the failure shows within a minute, not the rendered ten
    files.put(CLUSTER_FILE, withFirstTimeout(files.get(CLUSTER_FILE), "45s"));
    git.write(files);
    git.commitAndPush("jvirt " + PROFILE + " with an image that does not exist");
    jvirt.kubectl("apply", "-f", git.dir().resolve("flux/source.yaml").toString());
    jvirt.kubectl("apply", "-f", git.dir().resolve(CLUSTER_FILE).toString());

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> "False".equals(flux.readiness(UNITS.get(0)).status()));
    FluxObjects.Readiness broken = flux.readiness(UNITS.get(0));
    System.out.println("[flux] " + UNITS.get(0) + ": " + broken);
    assertThat(broken.reason()).isEqualTo("HealthCheckFailed");
    assertThat(broken.message()).contains("timeout waiting for").contains("virt-");
    FluxObjects.Readiness next = flux.readiness(UNITS.get(1));
    System.out.println("[flux] " + UNITS.get(1) + ": " + next);
    assertThat(next.status()).isEqualTo("False");
    assertThat(next.reason()).isEqualTo("DependencyNotReady");
    assertThat(next.message()).contains(UNITS.get(0));
    assertThat(JvirtObjects.kubevirtCr(jvirt.client()))
        .as("the KubeVirt CR must wait for its operator")
        .isNull();
  }

  @Test
  @Order(2)
  void installsBasicCdiInDependsOnOrderBehindHealthChecks() {
    git.write(render("flux"));
    Instant pushed = Instant.now();
    git.commitAndPush("jvirt " + PROFILE);
    reconcileAll(UNITS, "jvirt");

    await()
        .atMost(Duration.ofMinutes(12))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> UNITS.stream().allMatch(unit -> flux.readiness(unit).ready()));
    System.out.printf(
        "[figures] Flux: basic+cdi from a Git push to all four Kustomizations Ready in %.1f s%n",
        Duration.between(pushed, Instant.now()).toMillis() / 1e3);
    for (int i = 1; i < UNITS.size(); i++) {
      // each unit turned Ready no earlier than the one it depends on
      assertThat(Instant.parse(flux.readySince(UNITS.get(i))))
          .isAfterOrEqualTo(Instant.parse(flux.readySince(UNITS.get(i - 1))));
    }
    GenericKubernetesResource kubevirt = JvirtObjects.kubevirtCr(jvirt.client());
    assertThat(JvirtObjects.status(kubevirt, "phase")).isEqualTo("Deployed");
    assertThat(JvirtObjects.conditionStatus(kubevirt, "Available")).isEqualTo("True");
    assertThat(JvirtObjects.status(JvirtObjects.cdiCr(jvirt.client()), "phase"))
        .isEqualTo("Deployed");
    // the CR was applied only once its operator's unit was healthy
    assertThat(Instant.parse(kubevirt.getMetadata().getCreationTimestamp()))
        .isAfterOrEqualTo(Instant.parse(flux.readySince(UNITS.get(0))).minusSeconds(1));
  }

  @Test
  @Order(3)
  void vmWorkloadsSyncAndTheVmBoots() {
    git.write(render(WORKLOADS, "--repo-path", WORKLOADS));
    Instant pushed = Instant.now();
    git.commitAndPush("example VM workloads");
    jvirt.kubectl("apply", "-k", git.dir().resolve(WORKLOADS + "/flux").toString());

    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, VMS, "testvm", "");
    System.out.printf(
        "[figures] Flux: VM workloads from a Git push to testvm Running in %.1f s%n",
        Duration.between(pushed, Instant.now()).toMillis() / 1e3);
    Guests.awaitConsole(jvirt, VMS, vmi, "jvirt-guest: up");
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> flux.readiness(VMS).ready());
    Guests.awaitPrintable(jvirt, VMS, "stopped-vm", PrintableStatus.STOPPED);
  }

  @Test
  @Order(4)
  void tenReconciliationsChangeNothingFluxApplied() {
    List<String> all = new ArrayList<>(UNITS);
    all.add(VMS);
    // the platform's source polls every 5 minutes: fetch the head (the workloads commit) now
    reconcileAll(all, "jvirt", "jvirt-workloads");
    awaitSteady(all);
    Map<String, FluxObjects.Fingerprint> before = fingerprints(all);
    Instant since = Instant.now();
    long cpuBefore = controllersCpuTicks();
    int rounds = 10;
    for (int round = 0; round < rounds; round++) {
      reconcileAll(all, "jvirt", "jvirt-workloads");
    }
    long cpuTicks = controllersCpuTicks() - cpuBefore;
    Map<String, FluxObjects.Fingerprint> after = fingerprints(all);

    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, FluxObjects.Fingerprint> entry : before.entrySet()) {
      FluxObjects.Fingerprint then = entry.getValue();
      FluxObjects.Fingerprint now = after.get(entry.getKey());
      if (now == null
          || !java.util.Objects.equals(then.generation(), now.generation())
          || !then.appliedAt().equals(now.appliedAt())) {
        changed.add(entry.getKey() + ": " + then + " -> " + now);
      } else if (!then.resourceVersion().equals(now.resourceVersion())) {
        System.out.println("[flux] status only (not Flux's doing): " + entry.getKey());
      }
    }
    assertThat(changed).as("objects Flux changed during %d reconciliations", rounds).isEmpty();
    assertThat(changeEvents(since)).as("Flux events announcing changes").isEmpty();
    System.out.printf(
        "[figures] Flux: %d objects in %d Kustomizations, %d reconciliations each: 0 changes;"
            + " controllers' CPU %.2f s per reconciliation of all, RSS source %d MiB,"
            + " kustomize %d MiB%n",
        before.size(),
        all.size(),
        rounds,
        cpuTicks / 100.0 / rounds,
        HostProcesses.rssMib(host.pid("source-controller")),
        HostProcesses.rssMib(host.pid("kustomize-controller")));
  }

  @Test
  @Order(5)
  void runningFalseInGitStopsTheVmAndTrueStartsIt() {
    String original = git.read(VM_FILE);
    assertThat(original).contains("runStrategy: Always");
    List<Double> commitToRunning = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      String stoppedUid = jvirt.vmi(VMS, "testvm").getMetadata().getUid();
      git.write(Map.of(VM_FILE, original.replace("runStrategy: Always", "running: false")));
      git.commitAndPush("testvm: running false");
      reconcileAll(List.of(VMS), "jvirt-workloads");
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> jvirt.vmi(VMS, "testvm") == null);
      Guests.awaitPrintable(jvirt, VMS, "testvm", PrintableStatus.STOPPED);

      git.write(Map.of(VM_FILE, original.replace("runStrategy: Always", "running: true")));
      Instant committed = Instant.now();
      git.commitAndPush("testvm: running true");
      reconcileAll(List.of(VMS), "jvirt-workloads");
      Guests.awaitRunning(jvirt, VMS, "testvm", stoppedUid);
      commitToRunning.add(Duration.between(committed, Instant.now()).toMillis() / 1e3);
    }
    commitToRunning.sort(Double::compare);
    System.out.printf(
        "[figures] Flux: Git commit (running: true) to VM Running, p50 over 5 runs %.1f s"
            + " (all: %s)%n",
        commitToRunning.get(2), commitToRunning);
    assertThat(vm("testvm").getSpec().getRunning()).isTrue();
    assertThat(vm("testvm").getSpec().getRunStrategy()).isNull();
  }

  @Test
  @Order(6)
  void virtctlStopOnAGitManagedVmIsUndoneByTheNextReconciliation() {
    String uid = jvirt.vmi(VMS, "testvm").getMetadata().getUid();
    assertThat(jvirt.virtctl("stop", "testvm", "-n", VMS).exitCode()).isZero();
    // the guest stops; a reconciliation Flux had queued (a dependency it waited for turning
    // Ready) may already have put running: true back, and a new VMI may follow at once
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              VirtualMachineInstance vmi = jvirt.vmi(VMS, "testvm");
              return vmi == null || !uid.equals(vmi.getMetadata().getUid());
            });

    reconcileAll(List.of(VMS), "jvirt-workloads");
    // Git says running: true, and Flux owns that field: it takes it back
    assertThat(vm("testvm").getSpec().getRunning()).isTrue();
    Guests.awaitRunning(jvirt, VMS, "testvm", uid);
  }

  @Test
  @Order(7)
  void removingAVmFromGitPrunesItAndKeepsTheNamespace() {
    git.delete(STOPPED_VM_FILE);
    git.delete(NAMESPACE_FILE);
    git.commitAndPush("remove stopped-vm and the namespace's manifest");
    reconcileAll(List.of(VMS), "jvirt-workloads");
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> vm("stopped-vm") == null);
    // prune: Disabled on the namespace: leaving Git must not delete the VMs living in it
    assertThat(jvirt.client().namespaces().withName(VMS).get()).isNotNull();
    assertThat(vm("testvm")).isNotNull();
  }

  @Test
  @Order(8)
  void aNewTagInGitRollsTheComponentsWithoutRestartingGuests() {
    VirtualMachineInstance before = jvirt.vmi(VMS, "testvm");
    OptionalLong qemuBefore = jvirt.qemuPid(VMS, "testvm");
    assertThat(qemuBefore).isPresent();
    for (String image : Images.COMPONENTS) {
      jvirt
          .cluster()
          .tag(
              Images.LOCAL_REGISTRY + "/" + image + ":" + Images.DEFAULT_TAG,
              Images.LOCAL_REGISTRY + "/" + image + ":" + UPGRADE_TAG);
    }
    git.write(render("flux", "--tag", UPGRADE_TAG));
    Instant pushed = Instant.now();
    git.commitAndPush("jvirt " + PROFILE + " " + UPGRADE_TAG);
    reconcileAll(UNITS, "jvirt");

    await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () ->
                Rollouts.done(jvirt.client(), JvirtObjects.NAMESPACES, UPGRADE_TAG)
                    && UNITS.stream().allMatch(this::readyAtHead));
    System.out.printf(
        "[figures] Flux: upgrade from a Git push to every component on %s and Ready in %.1f s%n",
        UPGRADE_TAG, Duration.between(pushed, Instant.now()).toMillis() / 1e3);
    VirtualMachineInstance after = jvirt.vmi(VMS, "testvm");
    assertThat(after.getMetadata().getUid()).isEqualTo(before.getMetadata().getUid());
    assertThat(Guests.running(after)).isTrue();
    assertThat(jvirt.qemuPid(VMS, "testvm")).isEqualTo(qemuBefore);
  }

  private Map<String, String> render(String format, String... options) {
    return Renderings.render(work, url, PROFILE, format, options);
  }

  /**
   * The cluster file with the first Kustomization's health-check timeout set to {@code timeout}.
   */
  private static String withFirstTimeout(String rendered, String timeout) {
    Profile profile = Profile.of(PROFILE);
    InstallSettings settings = InstallSettings.defaults();
    List<Kustomization> kustomizations =
        new ArrayList<>(
            FluxWriter.kustomizations(profile, settings, new GitRepo(url, "main", ""), "default"));
    Kustomization first = kustomizations.get(0);
    Kustomization.Spec spec = first.spec();
    kustomizations.set(
        0,
        new Kustomization(
            first.metadata(),
            new Kustomization.Spec(
                spec.dependsOn(),
                spec.interval(),
                spec.retryInterval(),
                timeout,
                spec.sourceRef(),
                spec.path(),
                spec.prune(),
                spec.waitForAll(),
                spec.healthChecks(),
                spec.healthCheckExprs())));
    assertThat(rendered).contains(first.spec().path());
    return GitOpsYaml.write(GeneratedHeader.of("FluxE2E, broken on purpose"), kustomizations);
  }

  /**
   * Requests a reconciliation of the sources, then of each Kustomization in turn (in dependsOn
   * order, each once the one before is Ready again), as {@code flux reconcile kustomization
   * --with-source} does; waits until each has handled it.
   */
  private void reconcileAll(List<String> kustomizations, String... sources) {
    String token = Instant.now().toString() + "-" + System.nanoTime();
    for (String source : sources) {
      flux.requestReconcile(flux.gitRepository(source), token);
    }
    for (String source : sources) {
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> FluxObjects.handled(flux.gitRepository(source).get(), token));
    }
    for (String name : kustomizations) {
      flux.requestReconcile(flux.kustomization(name), token);
      await()
          .atMost(Duration.ofMinutes(12))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                GenericKubernetesResource object = flux.kustomization(name).get();
                return FluxObjects.handled(object, token)
                    && !"Unknown".equals(FluxObjects.readiness(object).status());
              });
    }
  }

  /** Waits until every Kustomization is Ready on the head of main. */
  private void awaitSteady(List<String> kustomizations) {
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> kustomizations.stream().allMatch(this::readyAtHead));
  }

  private boolean readyAtHead(String kustomization) {
    String head = git.head();
    return flux.readiness(kustomization).ready()
        && flux.lastAppliedRevision(kustomization).endsWith(head);
  }

  private Map<String, FluxObjects.Fingerprint> fingerprints(List<String> kustomizations) {
    Map<String, FluxObjects.Fingerprint> result = new LinkedHashMap<>();
    for (String name : kustomizations) {
      for (GenericKubernetesResource object : flux.inventory(name)) {
        result.put(FluxObjects.describe(object), FluxObjects.fingerprint(object));
      }
    }
    return result;
  }

  /** Events Flux recorded since {@code since} that list objects it created, changed or deleted. */
  private List<String> changeEvents(Instant since) {
    List<String> changes = new ArrayList<>();
    for (Event event :
        jvirt.client().v1().events().inNamespace(FluxObjects.NAMESPACE).list().getItems()) {
      String at =
          event.getLastTimestamp() != null
              ? event.getLastTimestamp()
              : event.getEventTime() == null ? null : event.getEventTime().getTime();
      String message = event.getMessage() == null ? "" : event.getMessage();
      if (at != null
          && Instant.parse(at).isAfter(since)
          && message.matches("(?s).*\\b(created|configured|deleted)\\b.*")) {
        changes.add(event.getInvolvedObject().getName() + ": " + message);
      }
    }
    return changes;
  }

  private long controllersCpuTicks() {
    return HostProcesses.cpuTicks(host.pid("source-controller"))
        + HostProcesses.cpuTicks(host.pid("kustomize-controller"));
  }

  private VirtualMachine vm(String name) {
    return Guests.vm(jvirt, VMS, name);
  }
}
