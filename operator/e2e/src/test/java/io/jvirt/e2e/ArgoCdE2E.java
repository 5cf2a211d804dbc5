package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.installer.write.argocd.ArgoCdWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * jvirt delivered by a real Argo CD (application controller and repo-server built here, {@code
 * hack/gitops}) from a real Git server: what {@code render --format argocd} and {@code --format
 * workloads} write is pushed; the Application installs basic+cdi in sync waves with server-side
 * apply behind jvirt's health checks, the VMs sync and stay Synced, {@code virtctl stop} is kept as
 * the workloads README says, and Argo CD's health decisions on live objects are checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(GitOpsOrder.ARGOCD)
class ArgoCdE2E {
  private static final String PROFILE = "basic+cdi";
  private static final String APP = "jvirt";
  private static final String VMS_APP = "jvirt-vms";
  private static final String WORKLOADS = Renderings.WORKLOADS;
  private static final String VMS = "vms";
  private static final String CM_FILE = "argocd/argocd-cm-health.yaml";
  private static final String[] CLUSTERS = {"in-cluster", "unlabelled"};

  @TempDir static Path work;

  private static Jvirt jvirt;
  private static GitOpsHost host;
  private static GitCheckout git;
  private static ArgoObjects argo;
  private static String url;

  @BeforeAll
  static void setUp() {
    GitOpsStage stage = GitOpsStage.prepare(work, PROFILE, "argo");
    jvirt = stage.jvirt();
    host = stage.host();
    url = stage.url();
    git = stage.git();
    argo = new ArgoObjects(jvirt.client());
  }

  @AfterAll
  static void tearDown() {
    if (argo == null) {
      return;
    }
    // no resources finalizer on either Application: deleting them leaves everything running, and
    // the installer then removes VMs and jvirt in its order
    argo.applicationSet(APP).delete();
    argo.unregisterClusters(CLUSTERS);
    argo.deleteKeepingResources(VMS_APP);
    argo.deleteKeepingResources(APP);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> argo.application(APP).get() == null && argo.application(VMS_APP).get() == null);
    jvirt.installer("uninstall", "--profile", PROFILE, "--delete-vms");
    jvirt.client().namespaces().withName(VMS).delete();
    await()
        .atMost(Duration.ofMinutes(3))
        .until(() -> jvirt.client().namespaces().withName(VMS).get() == null);
  }

  @Test
  @Order(1)
  void installsBasicCdiInSyncWavesWithServerSideApply() {
    git.write(render("argocd"));
    Instant pushed = Instant.now();
    String head = git.commitAndPush("jvirt " + PROFILE + " for Argo CD");
    jvirt.kubectl("apply", "--server-side", "-f", git.dir().resolve(CM_FILE).toString());
    jvirt.kubectl("apply", "-f", git.dir().resolve("argocd/application.yaml").toString());

    await()
        .atMost(Duration.ofMinutes(12))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> synced(APP, head));
    System.out.printf(
        "[figures] Argo CD: basic+cdi from a Git push to the Application Synced and Healthy in"
            + " %.1f s%n",
        Duration.between(pushed, Instant.now()).toMillis() / 1e3);
    GenericKubernetesResource kubevirt = JvirtObjects.kubevirtCr(jvirt.client());
    assertThat(JvirtObjects.status(kubevirt, "phase")).isEqualTo("Deployed");
    assertThat(JvirtObjects.conditionStatus(kubevirt, "Available")).isEqualTo("True");
    GenericKubernetesResource cdi = JvirtObjects.cdiCr(jvirt.client());
    assertThat(JvirtObjects.status(cdi, "phase")).isEqualTo("Deployed");

    // wave order: each wave applied only once the one before was healthy
    Instant componentsAvailable =
        latest(available("kubevirt", "virt-api"), available("kubevirt", "virt-controller"));
    assertThat(created(kubevirt)).isAfterOrEqualTo(componentsAvailable.minusSeconds(1));
    Deployment cdiOperator = deployment("cdi", "cdi-operator");
    assertThat(Instant.parse(cdiOperator.getMetadata().getCreationTimestamp()))
        .isAfterOrEqualTo(conditionSince(kubevirt, "Available").minusSeconds(1));
    assertThat(created(cdi)).isAfterOrEqualTo(available("cdi", "cdi-operator").minusSeconds(1));

    // server-side apply: Argo CD owns its fields through Apply, and no last-applied annotation
    GenericKubernetesResource crd =
        jvirt
            .client()
            .genericKubernetesResources("apiextensions.k8s.io/v1", "CustomResourceDefinition")
            .withName("kubevirts.kubevirt.io")
            .get();
    assertThat(crd.getMetadata().getManagedFields())
        .anyMatch(
            entry -> "Apply".equals(entry.getOperation()) && entry.getManager().contains("argocd"));
    assertThat(crd.getMetadata().getAnnotations())
        .doesNotContainKey("kubectl.kubernetes.io/last-applied-configuration");
  }

  @Test
  @Order(2)
  void vmsSyncAndAStoppedVmAndLauncherPodsLeaveTheAppHealthy() {
    git.write(render(WORKLOADS, "--repo-path", WORKLOADS));
    Instant pushed = Instant.now();
    String head = git.commitAndPush("example VM workloads");
    jvirt.kubectl(
        "apply", "-f", git.dir().resolve(WORKLOADS + "/argocd/application.yaml").toString());

    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, VMS, "testvm", "");
    System.out.printf(
        "[figures] Argo CD: VM workloads from a Git push to testvm Running in %.1f s%n",
        Duration.between(pushed, Instant.now()).toMillis() / 1e3);
    Guests.awaitConsole(jvirt, VMS, vmi, "jvirt-guest: up");
    Guests.awaitPrintable(jvirt, VMS, "stopped-vm", PrintableStatus.STOPPED);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> synced(VMS_APP, head));
    System.out.println("[argocd] " + VMS_APP + ": " + argo.state(VMS_APP));
    assertThat(argo.resourceHealth(VMS_APP, "VirtualMachine", "stopped-vm"))
        .as("a VM stopped on purpose (Argo CD's built-in check says Suspended)")
        .isEqualTo("Healthy");
    assertThat(argo.resourceHealth(VMS_APP, "VirtualMachine", "testvm")).isEqualTo("Healthy");

    // the launcher pod (restartPolicy Never) is Progressing to Argo CD for as long as it runs;
    // it is not a managed object, so the Application is Healthy all the same
    List<Pod> launchers = jvirt.launcherPods(VMS, vmi.getMetadata().getUid());
    assertThat(launchers).isNotEmpty();
    Path pod = ArgoHealth.write(work, "launcher-pod.yaml", launchers.get(0));
    assertThat(ArgoHealth.health(host, pod, git.dir().resolve(CM_FILE)).get(0))
        .isEqualTo("Progressing");
    assertThat(argo.state(VMS_APP).health()).isEqualTo("Healthy");
  }

  @Test
  @Order(3)
  void tenHardRefreshesFindNothingOutOfSync() {
    List<String> apps = List.of(APP, VMS_APP);
    Map<String, String> before = fingerprints(apps);
    Map<String, Integer> syncs = new LinkedHashMap<>();
    apps.forEach(app -> syncs.put(app, argo.syncCount(app)));
    long cpuBefore = controllersCpuTicks();
    int rounds = 10;
    for (int round = 0; round < rounds; round++) {
      for (String app : apps) {
        argo.hardRefresh(app);
        assertThat(argo.state(app).sync())
            .as("%s after refresh %d", app, round + 1)
            .isEqualTo("Synced");
      }
    }
    long cpuTicks = controllersCpuTicks() - cpuBefore;
    Map<String, String> after = fingerprints(apps);
    List<String> changed = new ArrayList<>();
    before.forEach(
        (object, then) -> {
          if (!then.equals(after.get(object))) {
            changed.add(object + ": " + then + " -> " + after.get(object));
          }
        });
    assertThat(changed).as("objects Argo CD changed during %d hard refreshes", rounds).isEmpty();
    apps.forEach(
        app -> assertThat(argo.syncCount(app)).as(app + " syncs").isEqualTo(syncs.get(app)));
    System.out.printf(
        "[figures] Argo CD: %d objects in %d Applications, %d hard refreshes each: 0 OutOfSync,"
            + " 0 syncs, 0 changes; controller+repo-server CPU %.2f s per refresh of both,"
            + " RSS controller %d MiB, repo-server %d MiB, redis %d MiB%n",
        before.size(),
        apps.size(),
        rounds,
        cpuTicks / 100.0 / rounds,
        HostProcesses.rssMib(host.pid("argocd-application-controller")),
        HostProcesses.rssMib(host.pid("argocd-repo-server")),
        HostProcesses.rssMib(host.pid("redis")));
  }

  @Test
  @Order(4)
  void virtctlStopOnAGitManagedVmIsKeptAndTheAppStaysSynced() {
    String uid = jvirt.vmi(VMS, "testvm").getMetadata().getUid();
    assertThat(jvirt.virtctl("stop", "testvm", "-n", VMS).exitCode()).isZero();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> jvirt.vmi(VMS, "testvm") == null);
    Guests.awaitPrintable(jvirt, VMS, "testvm", PrintableStatus.STOPPED);
    // the README: runStrategy is in ignoreDifferences, so self-heal leaves virtctl's change alone
    for (int round = 0; round < 2; round++) {
      argo.hardRefresh(VMS_APP);
    }
    assertThat(vm("testvm").getSpec().getRunStrategy()).isEqualTo(RunStrategy.HALTED);
    assertThat(jvirt.vmi(VMS, "testvm")).isNull();
    assertThat(argo.state(VMS_APP).sync()).isEqualTo("Synced");
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> "Healthy".equals(argo.resourceHealth(VMS_APP, "VirtualMachine", "testvm")));

    assertThat(jvirt.virtctl("start", "testvm", "-n", VMS).exitCode()).isZero();
    Guests.awaitRunning(jvirt, VMS, "testvm", uid);
    argo.hardRefresh(VMS_APP);
    assertThat(argo.state(VMS_APP).sync()).isEqualTo("Synced");
  }

  @Test
  @Order(5)
  void healthDecisionsOnLiveVmsVmisAndDataVolumesInEveryState() {
    new ArgoHealthScenario(jvirt, host, work.resolve("health"), git.dir().resolve(CM_FILE)).run();
  }

  @Test
  @Order(6)
  void theApplicationSetGeneratesTheApplicationForLabelledClustersOnly() {
    // the cluster Argo CD runs in, registered as a fleet member would be, and one more cluster
    // without the profile's label
    argo.registerCluster(
        "in-cluster", ArgoCdWriter.IN_CLUSTER, Map.of(ArgoCdWriter.PROFILE_LABEL, "basic-cdi"));
    argo.registerCluster("unlabelled", "https://192.0.2.1:6443", Map.of());
    jvirt.kubectl("apply", "-f", git.dir().resolve("argocd/applicationset.yaml").toString());
    String generated = "in-cluster-" + APP;
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> argo.application(generated).get() != null);
    // preserveResourcesOnDeletion: no resources finalizer, so removing the set deletes nothing
    assertThat(argo.application(generated).get().getMetadata().getFinalizers()).isNullOrEmpty();
    Map<String, Object> fleetSpec = spec(argo.application(generated).get());
    Map<String, Object> singleSpec = spec(argo.application(APP).get());
    assertThat(fleetSpec).isEqualTo(singleSpec);
    assertThat(argo.applicationNames()).containsExactlyInAnyOrder(APP, VMS_APP, generated);

    // the same objects are already the Application's: FailOnSharedResource keeps the generated one
    // from taking them over, and the Application stays as it was
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> argo.operationMessage(generated) != null);
    System.out.println("[argocd] " + generated + ": " + argo.operationMessage(generated));
    assertThat(argo.operationMessage(generated)).containsIgnoringCase("shared");
    assertThat(argo.state(APP).syncedAndHealthy()).isTrue();

    argo.applicationSet(APP).delete();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> argo.application(generated).get() == null);
    argo.unregisterClusters(CLUSTERS);
    assertThat(JvirtObjects.status(JvirtObjects.kubevirtCr(jvirt.client()), "phase"))
        .isEqualTo("Deployed");
    assertThat(argo.state(APP).syncedAndHealthy()).isTrue();
  }

  /** An Application's spec. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource app) {
    return (Map<String, Object>) app.getAdditionalProperties().get("spec");
  }

  private boolean synced(String app, String head) {
    ArgoObjects.AppState state = argo.state(app);
    return state.syncedAndHealthy() && head.equals(state.revision());
  }

  /** Per managed object: its spec generation and when Argo CD last applied a field it owns. */
  private Map<String, String> fingerprints(List<String> apps) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String app : apps) {
      for (Map<String, Object> resource : argo.resources(app)) {
        String group = (String) resource.getOrDefault("group", "");
        String apiVersion =
            group.isEmpty()
                ? (String) resource.get("version")
                : group + "/" + resource.get("version");
        var client =
            jvirt.client().genericKubernetesResources(apiVersion, (String) resource.get("kind"));
        String namespace = (String) resource.get("namespace");
        String name = (String) resource.get("name");
        GenericKubernetesResource live =
            namespace == null || namespace.isEmpty()
                ? client.withName(name).get()
                : client.inNamespace(namespace).withName(name).get();
        String key = resource.get("kind") + " " + namespace + "/" + name;
        result.put(
            key,
            live == null ? "gone" : live.getMetadata().getGeneration() + " " + appliedAt(live));
      }
    }
    return result;
  }

  private static String appliedAt(GenericKubernetesResource object) {
    return object.getMetadata().getManagedFields().stream()
        .filter(entry -> entry.getManager().contains("argocd"))
        .map(ManagedFieldsEntry::getTime)
        .filter(Objects::nonNull)
        .sorted()
        .reduce((first, second) -> second)
        .orElse("never");
  }

  private long controllersCpuTicks() {
    return HostProcesses.cpuTicks(host.pid("argocd-application-controller"))
        + HostProcesses.cpuTicks(host.pid("argocd-repo-server"));
  }

  private VirtualMachine vm(String name) {
    return jvirt.client().resources(VirtualMachine.class).inNamespace(VMS).withName(name).get();
  }

  private Deployment deployment(String namespace, String name) {
    return jvirt.client().apps().deployments().inNamespace(namespace).withName(name).get();
  }

  /** When Deployment {@code name} last turned Available. */
  private Instant available(String namespace, String name) {
    return deployment(namespace, name).getStatus().getConditions().stream()
        .filter(c -> "Available".equals(c.getType()) && "True".equals(c.getStatus()))
        .map(DeploymentCondition::getLastTransitionTime)
        .map(Instant::parse)
        .findFirst()
        .orElseThrow();
  }

  private static Instant conditionSince(GenericKubernetesResource object, String type) {
    return JvirtObjects.conditions(object).stream()
        .filter(c -> type.equals(c.get("type")))
        .map(c -> Instant.parse((String) c.get("lastTransitionTime")))
        .findFirst()
        .orElseThrow();
  }

  private static Instant created(GenericKubernetesResource object) {
    return Instant.parse(object.getMetadata().getCreationTimestamp());
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private Map<String, String> render(String format, String... options) {
    return Renderings.render(work, url, PROFILE, format, options);
  }
}
