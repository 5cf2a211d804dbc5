package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.contract.Components;
import io.jvirt.contract.KubevirtLabels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Churn with crashes: VMs on kwok nodes started and stopped at random while virt-controller,
 * virt-api and virt-handler JVMs are SIGKILLed at random moments and the API server is killed and
 * restarted once, next to a real guest that must keep its QEMU process. Launcher pods are watched
 * continuously for a second pod per VM or VMI; afterwards every VM must match its run strategy,
 * with no pod left over. Every fifth VM has a DataVolume (CDI installed) whose DataVolume and claim
 * must be there, owned and ready, after the run, and gone once that VM is deleted. Sizes come from
 * {@code -Djvirt.chaos.*} (CI: bounded; {@code hack/bench chaos}: 100 VMs, 10 minutes, 10 kills
 * each).
 */
class ChaosE2E {
  private static final int VMS = Integer.getInteger("jvirt.chaos.vms", 20);
  private static final int MINUTES = Integer.getInteger("jvirt.chaos.minutes", 3);
  private static final int KILLS = Integer.getInteger("jvirt.chaos.kills", 3);
  private static final long SEED = Long.getLong("jvirt.chaos.seed", 16);
  private static final int FAKE_NODES = 2;
  private static final String GUEST = "steady";
  private static final int DATA_VOLUME_EVERY = 5;

  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    jvirt.cluster().ensureFakeNodes(FAKE_NODES);
    var cdi = jvirt.install("--profile", "basic+cdi");
    assertThat(cdi.exitCode()).as(cdi.output()).isZero();
    namespace = jvirt.namespace("chaos");
  }

  @AfterAll
  static void removeNamespace() {
    // the VMs' deletion needs the components, which may still be in kubelet's back-off
    awaitComponentsReady();
    jvirt.deleteNamespace(namespace);
    ChurnDisks.removeVolumes(jvirt, namespace);
  }

  @Test
  void crashesDuringChurnLoseNothingAndDuplicateNothing() throws Exception {
    Random random = new Random(SEED);
    Guests.create(
        jvirt, namespace, Guests.cirros(jvirt.client(), GUEST, RunStrategy.ALWAYS, "#!/bin/sh\n"));
    for (int i = 0; i < VMS; i++) {
      Guests.create(jvirt, namespace, churnVm(i));
    }
    VirtualMachineInstance guest = Guests.awaitRunning(jvirt, namespace, GUEST, null);
    OptionalLong qemu = jvirt.qemuPid(namespace, GUEST);
    assertThat(qemu).isPresent();

    AtomicInteger operations = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<String> injected = new java.util.concurrent.CopyOnWriteArrayList<>();
    ScheduledExecutorService churn = Executors.newSingleThreadScheduledExecutor();
    ScheduledExecutorService chaos = Executors.newSingleThreadScheduledExecutor();
    long runMillis = TimeUnit.MINUTES.toMillis(MINUTES);
    long started = System.nanoTime();
    try (LauncherPodWatch watch = new LauncherPodWatch(jvirt.client(), namespace)) {
      churn.scheduleWithFixedDelay(
          () -> toggle("churn-" + random.nextInt(VMS), operations, refused),
          0,
          250,
          TimeUnit.MILLISECONDS);
      scheduleFaults(chaos, new Faults(jvirt, random), random, runMillis, injected);
      await()
          .atMost(Duration.ofMillis(runMillis + 120_000))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(runMillis));
      churn.shutdown();
      chaos.shutdown();
      // a kill that meets its component down waits for it (kubelet's back-off); enough for every
      // kill of one component to wait in full
      boolean allInjected =
          chaos.awaitTermination(Faults.COMEBACK.toMinutes() * KILLS + 5, TimeUnit.MINUTES);
      assertThat(allInjected).as("faults injected: %s", injected).isTrue();
      assertThat(churn.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

      long settleStarted = System.nanoTime();
      awaitComponentsReady();
      double restarted = (System.nanoTime() - settleStarted) / 1e9;
      long convergeStarted = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> strayed(watch).isEmpty());
      double settled = (System.nanoTime() - convergeStarted) / 1e9;

      System.out.printf(
          "[figures] chaos: %d VMs + 1 guest, %d min, %d start/stop calls (%d refused while parts"
              + " were down), %d faults, %d pod events watched, %d duplicates, components back"
              + " %.1f s after the run, converged %.1f s later%n",
          VMS,
          MINUTES,
          operations.get(),
          refused.get(),
          injected.size(),
          watch.events(),
          watch.violations().size(),
          restarted,
          settled);
      injected.forEach(f -> System.out.println("[chaos] " + f));
      assertThat(injected)
          .hasSize(3 * KILLS + 1)
          .noneMatch(f -> f.endsWith("pid -1") || f.startsWith("FAILED"));
      assertThat(watch.violations()).isEmpty();
      assertThat(strayed(watch)).isEmpty();
      deleteDataVolumeVms(watch);
    } finally {
      churn.shutdownNow();
      chaos.shutdownNow();
    }
    VirtualMachineInstance after = jvirt.vmi(namespace, GUEST);
    assertThat(after.getMetadata().getUid()).isEqualTo(guest.getMetadata().getUid());
    assertThat(after.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(jvirt.qemuPid(namespace, GUEST)).isEqualTo(qemu);
  }

  /**
   * Deletes the VMs with DataVolumes and waits (60 s at most) for their DataVolumes, claims and
   * launcher pods to go: nothing of theirs may be leaked.
   */
  private static void deleteDataVolumeVms(LauncherPodWatch watch) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < VMS; i++) {
      if (hasDataVolume(i)) {
        names.add("churn-" + i);
      }
    }
    long deleted = System.nanoTime();
    names.forEach(
        name ->
            jvirt
                .client()
                .resources(VirtualMachine.class)
                .inNamespace(namespace)
                .withName(name)
                .delete());
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                ChurnDisks.noneLeft(jvirt.client(), namespace)
                    && watch.pods().values().stream()
                        .noneMatch(
                            p ->
                                names.contains(
                                    p.getMetadata().getLabels().get(KubevirtLabels.VM_NAME))));
    System.out.printf(
        "[figures] chaos: %d VMs with DataVolumes deleted after the run, their DataVolumes, claims"
            + " and launcher pods gone %.1f s later%n",
        names.size(), (System.nanoTime() - deleted) / 1e9);
  }

  /** Each component's kills at random moments of the run, and the API server's restart midway. */
  private static void scheduleFaults(
      ScheduledExecutorService chaos,
      Faults faults,
      Random random,
      long runMillis,
      List<String> injected) {
    for (String main : Faults.MAINS) {
      for (int k = 0; k < KILLS; k++) {
        chaos.schedule(
            () ->
                recorded(
                    injected, () -> "SIGKILL " + simple(main) + " pid " + faults.killOne(main)),
            (long) (random.nextDouble() * runMillis),
            TimeUnit.MILLISECONDS);
      }
    }
    chaos.schedule(
        () ->
            recorded(
                injected,
                () -> {
                  faults.restartApiServer(FAKE_NODES);
                  return "kube-apiserver SIGKILLed and restarted";
                }),
        runMillis / 2,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Runs one fault and records what it did, or how it failed (a scheduled task's throw is lost).
   */
  private static void recorded(List<String> injected, java.util.function.Supplier<String> fault) {
    try {
      injected.add(fault.get());
    } catch (RuntimeException e) {
      injected.add("FAILED " + e);
    }
  }

  /** Starts a Halted VM or stops a running one through virt-api, as virtctl does. */
  private static void toggle(String name, AtomicInteger operations, AtomicInteger refused) {
    KubernetesClient client = jvirt.client();
    try {
      VirtualMachine vm = Guests.vm(jvirt, namespace, name);
      String action = vm.getSpec().getRunStrategy() == RunStrategy.HALTED ? "start" : "stop";
      client.raw(
          client.getMasterUrl()
              + "apis/subresources.kubevirt.io/v1/namespaces/"
              + namespace
              + "/virtualmachines/"
              + name
              + "/"
              + action,
          "PUT",
          "{}");
      operations.incrementAndGet();
    } catch (KubernetesClientException | IllegalStateException e) {
      refused.incrementAndGet();
    }
  }

  /**
   * What is away from its run strategy: a VM meant to run without a Running VMI, a Halted one with
   * a VMI or a launcher pod, a launcher pod whose VMI is gone, a DataVolume or claim missing or
   * leaked. Empty when all is as meant.
   */
  private static List<String> strayed(LauncherPodWatch watch) {
    List<String> strayed = new ArrayList<>();
    KubernetesClient client = jvirt.client();
    Map<String, VirtualMachineInstance> vmis = new java.util.HashMap<>();
    client
        .resources(VirtualMachineInstance.class)
        .inNamespace(namespace)
        .list()
        .getItems()
        .forEach(v -> vmis.put(v.getMetadata().getName(), v));
    List<VirtualMachine> vms =
        client.resources(VirtualMachine.class).inNamespace(namespace).list().getItems();
    if (vms.size() != VMS + 1) {
      strayed.add("VMs lost: " + vms.size() + " of " + (VMS + 1));
    }
    for (VirtualMachine vm : vms) {
      String name = vm.getMetadata().getName();
      VirtualMachineInstance vmi = vmis.get(name);
      boolean running =
          vmi != null
              && vmi.getStatus() != null
              && vmi.getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING;
      if (vm.getSpec().getRunStrategy() == RunStrategy.HALTED ? vmi != null : !running) {
        strayed.add(
            name
                + " "
                + vm.getSpec().getRunStrategy()
                + " with VMI "
                + (vmi == null ? "none" : vmi.getStatus().getPhase()));
      }
    }
    for (Pod pod : watch.pods().values()) {
      String owner = pod.getMetadata().getLabels().get(KubevirtLabels.VM_NAME);
      VirtualMachineInstance vmi = vmis.get(owner);
      if (vmi == null
          || !vmi.getMetadata()
              .getUid()
              .equals(pod.getMetadata().getLabels().get(KubevirtLabels.CREATED_BY))) {
        strayed.add("launcher pod " + pod.getMetadata().getName() + " without its VMI");
      }
    }
    strayed.addAll(ChurnDisks.strayed(client, namespace, vms));
    return strayed;
  }

  /**
   * Waits for every component's pod to be ready again: a JVM killed late in the run can sit out
   * kubelet's longest restart back-off before it starts at all.
   */
  private static void awaitComponentsReady() {
    await()
        .atMost(Faults.COMEBACK.plusMinutes(2))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () ->
                jvirt
                    .client()
                    .pods()
                    .inNamespace(Components.DEFAULT_NAMESPACE)
                    .list()
                    .getItems()
                    .stream()
                    .allMatch(Jvirt::allReady));
  }

  /** Churn VM {@code i}: on the kwok nodes, Halted, every fifth with a DataVolume. */
  private static VirtualMachine churnVm(int i) {
    VirtualMachine vm = onFakeNodes("churn-" + i);
    return hasDataVolume(i) ? ChurnDisks.withDataVolume(jvirt, namespace, vm) : vm;
  }

  private static boolean hasDataVolume(int i) {
    return i % DATA_VOLUME_EVERY == 0;
  }

  private static VirtualMachine onFakeNodes(String name) {
    VirtualMachine vm = Guests.cirros(jvirt.client(), name, RunStrategy.HALTED, "#!/bin/sh\n");
    var spec = vm.getSpec().getTemplate().getSpec();
    spec.setNodeSelector(Map.of("type", "kwok"));
    spec.setTolerations(
        List.of(
            new TolerationBuilder()
                .withKey("kwok.x-k8s.io/node")
                .withOperator("Exists")
                .withEffect("NoSchedule")
                .build()));
    return vm;
  }

  private static String simple(String main) {
    return main.substring(main.lastIndexOf('.') + 1);
  }
}
