package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.jvirt.controller.events.EventRecorder;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vm.VirtualMachineReconciler;
import io.jvirt.controller.vm.VmActions;
import io.jvirt.controller.vm.VmSync;
import io.jvirt.controller.vmi.VirtualMachineInstanceReconciler;
import io.jvirt.controller.vmi.VmiActions;
import io.jvirt.controller.vmirs.VirtualMachineInstanceReplicaSetReconciler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/** virt-controller wired together: the operator with its reconcilers, metrics and health. */
public final class VirtController implements AutoCloseable {
  private final Operator operator;
  private final HealthServer health;

  /** Builds and starts virt-controller against {@code client}. */
  public VirtController(KubernetesClient client, ControllerOptions options, Clock clock) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    EventRecorder events = new EventRecorder(client, "virt-controller", clock);
    Expectations expectations = new Expectations(clock);
    operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withCloseClientOnStop(false)
                  .withUseSSAToPatchPrimaryResource(false)
                  .withMetrics(
                      MicrometerMetrics.newPerResourceCollectingMicrometerMetricsBuilder(registry)
                          .build());
              if (options.leaderElection()) {
                o.withLeaderElectionConfiguration(
                    new LeaderElectionConfiguration("virt-controller", options.leaseNamespace()));
              }
            });
    VmActions vmActions = new VmActions(client, events, expectations);
    operator.register(
        new VirtualMachineReconciler(
            vmActions,
            new VmSync(
                vmActions, expectations, clock, () -> ThreadLocalRandom.current().nextDouble())));
    operator.register(
        new VirtualMachineInstanceReconciler(
            new VmiActions(
                client,
                events,
                new ClusterConfigSource(client, options.launcherImage(), options.launcherCommand()),
                clock),
            clock));
    operator.register(
        new VirtualMachineInstanceReplicaSetReconciler(client, events, expectations, clock));
    new VmiPhaseMetrics(client, registry);
    operator.start();
    health =
        new HealthServer(
            options.healthAddress(),
            options.healthPort(),
            () -> operator.getRuntimeInfo().allEventSourcesAreHealthy(),
            registry);
  }

  /** Port of the health and metrics endpoints. */
  public int healthPort() {
    return health.port();
  }

  @Override
  public void close() {
    health.close();
    operator.stop();
  }
}
