package io.jvirt.bench;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.bench.StartMarks.Step;
import io.jvirt.contract.Components;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.contract.LauncherPod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the start benchmark on the real node: the seed VM started with the real virtctl, watched to
 * Running and its guest's marker on the console, measured, stopped; again for each run.
 */
public final class StartRun {
  /** What to run. */
  public record Settings(
      int runs, String namespace, Path manifest, Path virtctl, String marker, Duration timeout) {}

  private static final Duration LOOK_EVERY = Duration.ofMillis(200);

  private final KubernetesClient client;
  private final ProcessStats processes;
  private final PodMemory memory;
  private final Clock clock;
  private final AtomicReference<StartMarks> current = new AtomicReference<>(new StartMarks());
  private volatile String vmVersionAtStart = "";
  private volatile SharedIndexInformer<Pod> pods;

  public StartRun(KubernetesClient client, ProcessStats processes, PodMemory memory, Clock clock) {
    this.client = client;
    this.processes = processes;
    this.memory = memory;
    this.clock = clock;
  }

  /** Idle virt-handler RSS (KiB, before the first start), then one sample per run. */
  public record Result(long handlerIdleKib, List<StartSample> samples) {}

  /** Runs every start; a run that does not reach the marker in time ends the benchmark. */
  public Result run(Settings settings) throws InterruptedException, IOException {
    String ns = settings.namespace();
    VirtualMachine vm =
        client.resources(VirtualMachine.class).load(settings.manifest().toFile()).item();
    String name = vm.getMetadata().getName();
    Namespaces.ensure(client, ns);
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    List<SharedIndexInformer<?>> informers = new ArrayList<>();
    try {
      client.resources(VirtualMachine.class).inNamespace(ns).withName(name).delete();
      awaitGone(timer, ns, name, settings.timeout());
      vm.getMetadata().setNamespace(ns);
      client.resources(VirtualMachine.class).inNamespace(ns).resource(vm).create();
      long handlerIdle = processes.totalRssKib(Components.HANDLER_MAIN);
      informers.addAll(watch(ns, name));
      List<StartSample> samples = new ArrayList<>();
      for (int i = 1; i <= settings.runs(); i++) {
        StartSample sample = once(timer, settings, name);
        samples.add(sample);
        System.err.printf(
            "[start] run %d: Running in %s, marker in %s%n",
            i, sample.marks().since(Step.VMI_RUNNING), sample.marks().since(Step.MARKER));
        if (!sample.marks().has(Step.MARKER)) {
          break;
        }
      }
      client.resources(VirtualMachine.class).inNamespace(ns).withName(name).delete();
      return new Result(handlerIdle, samples);
    } finally {
      informers.forEach(SharedIndexInformer::close);
      timer.shutdownNow();
    }
  }

  private StartSample once(ScheduledExecutorService timer, Settings settings, String name)
      throws InterruptedException, IOException {
    String ns = settings.namespace();
    StartMarks marks = new StartMarks();
    VirtualMachine before =
        client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get();
    vmVersionAtStart = before.getMetadata().getResourceVersion();
    current.set(marks);
    marks.mark(Step.START, clock.instant());
    virtctl(settings, "start", name);
    Polls.until(
        timer, () -> markerShown(ns, settings.marker(), marks), LOOK_EVERY, settings.timeout());
    StartSample sample = measure(ns, name, marks);
    virtctl(settings, "stop", name);
    awaitGone(timer, ns, name, settings.timeout());
    return sample;
  }

  private boolean markerShown(String ns, String marker, StartMarks marks) {
    if (!marks.has(Step.VMI_RUNNING)) {
      return false;
    }
    Optional<Pod> pod = launcherPod();
    if (pod.isEmpty()) {
      return false;
    }
    String log =
        client
            .pods()
            .inNamespace(ns)
            .withName(pod.get().getMetadata().getName())
            .inContainer(LauncherPod.GUEST_CONSOLE_LOG)
            .getLog();
    if (log != null && log.contains(marker)) {
      marks.mark(Step.MARKER, clock.instant());
      return true;
    }
    return false;
  }

  private StartSample measure(String ns, String name, StartMarks marks) throws IOException {
    Optional<Pod> found = launcherPod();
    if (found.isEmpty() || !marks.has(Step.MARKER)) {
      return new StartSample(
          marks,
          java.util.Map.of(),
          -1,
          -1,
          -1,
          processes.totalRssKib(Components.HANDLER_MAIN),
          java.util.Map.of());
    }
    Pod pod = found.get();
    String uid = pod.getMetadata().getUid();
    VirtualMachineInstance vmi =
        client.resources(VirtualMachineInstance.class).inNamespace(ns).withName(name).get();
    return new StartSample(
        marks,
        LauncherMemory.containers(memory, pod),
        memory.podKib(uid).orElse(-1),
        guestResidentKib(ns, name, vmi),
        LauncherMemory.requestKib(pod),
        processes.totalRssKib(Components.HANDLER_MAIN),
        LauncherMemory.computeProcesses(memory, processes, pod));
  }

  private long guestResidentKib(String ns, String name, VirtualMachineInstance vmi)
      throws IOException {
    long guestKib = LauncherMemory.guestKib(vmi);
    List<Long> qemu = processes.pidsWithArgumentPrefix("guest=" + ns + "_" + name + ",");
    if (qemu.isEmpty() || guestKib <= 0) {
      return -1;
    }
    Path smaps = Path.of("/proc", qemu.get(0).toString(), "smaps");
    return GuestRam.residentKib(Files.readAllLines(smaps, StandardCharsets.UTF_8), guestKib);
  }

  /** The live launcher pod, from the pod informer's cache (it watches exactly those pods). */
  private Optional<Pod> launcherPod() {
    return pods.getStore().list().stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .findFirst();
  }

  private List<SharedIndexInformer<?>> watch(String ns, String name) {
    SharedIndexInformer<VirtualMachine> vms =
        client
            .resources(VirtualMachine.class)
            .inNamespace(ns)
            .withName(name)
            .inform(
                handler(
                    vm -> {
                      if (!vm.getMetadata().getResourceVersion().equals(vmVersionAtStart)) {
                        current.get().mark(Step.VM_CHANGED, clock.instant());
                      }
                    }));
    SharedIndexInformer<VirtualMachineInstance> vmis =
        client
            .resources(VirtualMachineInstance.class)
            .inNamespace(ns)
            .withName(name)
            .inform(handler(this::sawVmi));
    pods =
        client
            .pods()
            .inNamespace(ns)
            .withLabel(KubevirtLabels.APP, KubevirtLabels.LAUNCHER)
            .inform(handler(this::sawPod));
    return List.of(vms, vmis, pods);
  }

  private void sawVmi(VirtualMachineInstance vmi) {
    if (vmi.getMetadata().getDeletionTimestamp() != null) {
      return;
    }
    StartMarks marks = current.get();
    marks.mark(Step.VMI_CREATED, clock.instant());
    VirtualMachineInstancePhase phase = vmi.getStatus() == null ? null : vmi.getStatus().getPhase();
    if (phase == VirtualMachineInstancePhase.SCHEDULED
        || phase == VirtualMachineInstancePhase.RUNNING) {
      marks.mark(Step.VMI_SCHEDULED, clock.instant());
    }
    if (phase == VirtualMachineInstancePhase.RUNNING) {
      marks.mark(Step.VMI_RUNNING, clock.instant());
    }
  }

  private void sawPod(Pod pod) {
    if (pod.getMetadata().getDeletionTimestamp() != null) {
      return;
    }
    StartMarks marks = current.get();
    marks.mark(Step.POD_CREATED, clock.instant());
    if (pod.getSpec().getNodeName() != null) {
      marks.mark(Step.POD_SCHEDULED, clock.instant());
    }
    if (pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase())) {
      marks.mark(Step.POD_RUNNING, clock.instant());
    }
  }

  private static <T> ResourceEventHandler<T> handler(java.util.function.Consumer<T> saw) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        saw.accept(obj);
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        saw.accept(newObj);
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {}
    };
  }

  private void awaitGone(ScheduledExecutorService timer, String ns, String name, Duration timeout)
      throws InterruptedException {
    boolean gone =
        Polls.until(
            timer,
            () ->
                client.resources(VirtualMachineInstance.class).inNamespace(ns).withName(name).get()
                        == null
                    && client
                        .pods()
                        .inNamespace(ns)
                        .withLabel(KubevirtLabels.APP, KubevirtLabels.LAUNCHER)
                        .list()
                        .getItems()
                        .isEmpty(),
            LOOK_EVERY,
            timeout);
    if (!gone) {
      throw new IllegalStateException("VMI " + ns + "/" + name + " not gone in " + timeout);
    }
  }

  private void virtctl(Settings settings, String verb, String name)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(settings.virtctl().toString(), verb, name, "-n", settings.namespace())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
        || process.exitValue() != 0) {
      throw new IllegalStateException("virtctl " + verb + " " + name + " failed: " + output);
    }
  }
}
