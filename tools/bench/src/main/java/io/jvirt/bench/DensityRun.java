package io.jvirt.bench;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.contract.Components;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one density measurement against the cluster: creates the VMIs (or VMs) at the asked rate,
 * watches them to Running, samples virt-controller's and virt-api's memory and CPU from {@code
 * /proc}, deletes them, and counts jvirt's writes in the audit log for each half.
 */
public final class DensityRun {
  /** What to run. */
  public record Settings(
      int vmis,
      boolean vms,
      double rate,
      String namespace,
      String image,
      Path auditLog,
      Duration timeout) {}

  private static final String SA_PREFIX = "system:serviceaccount:";
  private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
  private static final int CREATORS = 8;
  private static final Duration AUDIT_SETTLE = Duration.ofSeconds(2);

  private final AtomicInteger sent = new AtomicInteger();

  private final KubernetesClient client;
  private final ProcessStats processes;
  private final Clock clock;

  public DensityRun(KubernetesClient client, ProcessStats processes, Clock clock) {
    this.client = client;
    this.processes = processes;
    this.clock = clock;
  }

  /** Runs it; the figures come from {@link DensityFigures}. */
  public DensityMeasurements run(Settings settings) throws InterruptedException {
    String run = Long.toHexString(clock.millis());
    Namespaces.ensure(client, settings.namespace());
    SharedIndexInformer<VirtualMachineInstance> informer =
        client
            .resources(VirtualMachineInstance.class)
            .inNamespace(settings.namespace())
            .withLabel(DensityVmis.RUN_LABEL, run)
            .inform();
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    try {
      Map<String, Long> idle = idleRss();
      long controllerCpu = processes.totalCpuTicks(Components.CONTROLLER_MAIN);
      long apiCpu = processes.totalCpuTicks(Components.API_MAIN);
      List<long[]> rss = new CopyOnWriteArrayList<>();
      AtomicInteger failures = new AtomicInteger();
      Instant start = clock.instant();
      CompletableFuture<Void> allRunning = new CompletableFuture<>();
      timer.scheduleWithFixedDelay(
          () -> {
            long running = running(informer);
            rss.add(new long[] {running, processes.totalRssKib(Components.CONTROLLER_MAIN)});
            if (running >= settings.vmis() - failures.get() && sent.get() == settings.vmis()) {
              allRunning.complete(null);
            }
          },
          0,
          SAMPLE_EVERY.toMillis(),
          TimeUnit.MILLISECONDS);
      Instant lastCreated = create(settings, run, failures, timer);
      Instant runningAt =
          await(allRunning, start.plus(settings.timeout())) ? clock.instant() : null;
      List<PhaseTimeline> timelines =
          informer.getStore().list().stream().map(PhaseTimeline::of).toList();
      double controllerSeconds =
          seconds(processes.totalCpuTicks(Components.CONTROLLER_MAIN) - controllerCpu);
      double apiSeconds = seconds(processes.totalCpuTicks(Components.API_MAIN) - apiCpu);
      long apiRss = processes.totalRssKib(Components.API_MAIN);
      Instant createdEnd = runningAt == null ? clock.instant() : runningAt;

      Instant deleteStart = clock.instant();
      delete(settings, run);
      Polls.until(
          timer,
          () -> informer.getStore().list().isEmpty(),
          SAMPLE_EVERY.dividedBy(4),
          settings.timeout());
      Instant gone = clock.instant();
      // the audit log is written as requests complete: let the last ones land before counting
      Instant settled = gone.plus(AUDIT_SETTLE);
      Polls.until(
          timer,
          () -> !clock.instant().isBefore(settled),
          SAMPLE_EVERY.dividedBy(4),
          AUDIT_SETTLE.multipliedBy(2));
      String[] ours = {SA_PREFIX + "kubevirt:", SA_PREFIX + "cdi:"};
      return new DensityMeasurements(
          settings.vmis(),
          settings.vms(),
          Duration.between(start, lastCreated),
          runningAt == null ? null : Duration.between(start, runningAt),
          timelines,
          failures.get(),
          AuditCounts.count(settings.auditLog(), start, createdEnd, ours),
          AuditCounts.count(settings.auditLog(), deleteStart, gone.plus(AUDIT_SETTLE), ours),
          Duration.between(deleteStart, gone),
          List.copyOf(rss),
          apiRss,
          controllerSeconds,
          apiSeconds,
          idle);
    } finally {
      timer.shutdownNow();
      informer.close();
    }
  }

  /**
   * Creates every object at the asked rate (a fixed-rate tick hands each to a few creating
   * threads); returns when the last was created.
   */
  private Instant create(
      Settings settings, String run, AtomicInteger failures, ScheduledExecutorService timer)
      throws InterruptedException {
    ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
    CompletableFuture<Void> allSent = new CompletableFuture<>();
    long period = (long) (1e9 / settings.rate());
    ScheduledFuture<?> ticks =
        timer.scheduleAtFixedRate(
            () -> {
              int i = sent.getAndIncrement();
              if (i >= settings.vmis()) {
                sent.set(settings.vmis());
                allSent.complete(null);
                return;
              }
              String name = "density-" + run + "-" + i;
              String batch = DensityVmis.batchOf(i);
              creators.execute(() -> createOne(settings, name, run, batch, failures));
            },
            0,
            period,
            TimeUnit.NANOSECONDS);
    try {
      await(allSent, clock.instant().plus(settings.timeout()));
    } finally {
      ticks.cancel(false);
      creators.shutdown();
      creators.awaitTermination(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    return clock.instant();
  }

  /** Waits for {@code done} until {@code deadline}; false when time ran out. */
  private boolean await(CompletableFuture<Void> done, Instant deadline)
      throws InterruptedException {
    try {
      done.get(
          Math.max(0, Duration.between(clock.instant(), deadline).toMillis()),
          TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static double seconds(long ticks) {
    return ticks / (double) ProcessStats.TICKS_PER_SECOND;
  }

  private void createOne(
      Settings settings, String name, String run, String batch, AtomicInteger failures) {
    try {
      if (settings.vms()) {
        client
            .resources(VirtualMachine.class)
            .inNamespace(settings.namespace())
            .resource(DensityVmis.vm(name, run, batch, settings.image()))
            .create();
      } else {
        client
            .resources(VirtualMachineInstance.class)
            .inNamespace(settings.namespace())
            .resource(DensityVmis.vmi(name, run, batch, settings.image()))
            .create();
      }
    } catch (KubernetesClientException e) {
      failures.incrementAndGet();
      System.err.println("[density] " + name + " refused: " + e.getMessage());
    }
  }

  private void delete(Settings settings, String run) {
    Class<? extends HasMetadata> kind =
        settings.vms() ? VirtualMachine.class : VirtualMachineInstance.class;
    for (int b = 0; b * DensityVmis.DELETE_BATCH < settings.vmis(); b++) {
      try {
        client
            .resources(kind)
            .inNamespace(settings.namespace())
            .withLabel(DensityVmis.RUN_LABEL, run)
            .withLabel(DensityVmis.BATCH_LABEL, String.valueOf(b))
            .delete();
      } catch (KubernetesClientException e) {
        // the API server goes on deleting after the client gave up waiting: the wait for all
        // gone that follows sees the outcome either way
        System.err.println("[density] deleting batch " + b + ": " + e.getMessage());
      }
    }
    if (settings.vms()) {
      // VMIs left by VMs that were already gone (none, normally)
      client
          .resources(VirtualMachineInstance.class)
          .inNamespace(settings.namespace())
          .withLabel(DensityVmis.RUN_LABEL, run)
          .delete();
    }
  }

  private static long running(SharedIndexInformer<VirtualMachineInstance> informer) {
    return informer.getStore().list().stream()
        .filter(vmi -> vmi.getStatus() != null)
        .filter(vmi -> vmi.getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING)
        .count();
  }

  /** RSS per process of each component, KiB, by main class (absent: not running here). */
  private Map<String, Long> idleRss() {
    Map<String, Long> idle = new TreeMap<>();
    for (String main :
        List.of(Components.CONTROLLER_MAIN, Components.API_MAIN, Components.HANDLER_MAIN)) {
      List<Long> pids = processes.pidsWithArgument(main);
      if (!pids.isEmpty()) {
        idle.put(main, processes.totalRssKib(main) / pids.size());
      }
    }
    return idle;
  }
}
