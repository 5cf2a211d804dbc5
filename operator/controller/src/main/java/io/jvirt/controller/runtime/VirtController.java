package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.kubevirt.KubeVirtStatusReconciler;
import io.jvirt.controller.node.NodeReconciler;
import io.jvirt.controller.vm.ApiVmVolumes;
import io.jvirt.controller.vm.VirtualMachineReconciler;
import io.jvirt.controller.vm.VmActions;
import io.jvirt.controller.vm.VmSync;
import io.jvirt.controller.vmi.ApiVmiActions;
import io.jvirt.controller.vmi.VirtualMachineInstanceReconciler;
import io.jvirt.controller.vmi.VmiActions;
import io.jvirt.controller.vmi.VmiSync;
import io.jvirt.controller.vmirs.ApiReplicaSetActions;
import io.jvirt.controller.vmirs.ReplicaSetSync;
import io.jvirt.controller.vmirs.VirtualMachineInstanceReplicaSetReconciler;
import io.jvirt.daemon.HealthServer;
import io.jvirt.daemon.events.EventRecorder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** virt-controller wired together: the operator with its reconcilers, metrics and health. */
public final class VirtController implements AutoCloseable {
  /** Name of the Lease the replicas compete for. */
  public static final String LEASE_NAME = "virt-controller";

  private static final Logger LOG = LoggerFactory.getLogger(VirtController.class);

  private final String identity;
  private volatile boolean closing;

  private final Operator operator;
  private final HealthServer health;
  private final ClusterConfigSource clusterConfig;

  /** Builds and starts virt-controller against {@code client}, with metrics of its own. */
  public VirtController(KubernetesClient client, ControllerOptions options, Clock clock) {
    this(client, options, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /**
   * Builds and starts virt-controller, its metrics in {@code registry} (shared with the client).
   */
  public VirtController(
      KubernetesClient client,
      ControllerOptions options,
      Clock clock,
      PrometheusMeterRegistry registry) {
    identity =
        System.getenv().getOrDefault("HOSTNAME", "virt-controller") + "_" + UUID.randomUUID();
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
                o.withLeaderElectionConfiguration(leaderElection(options));
              }
            });
    VmActions vmActions = new VmActions(client, events, expectations);
    operator.register(
        new VirtualMachineReconciler(
            vmActions,
            new VmSync(
                vmActions,
                new ApiVmVolumes(client, events),
                expectations,
                clock,
                () -> ThreadLocalRandom.current().nextDouble())));
    clusterConfig =
        new ClusterConfigSource(client, options.launcherImage(), options.launcherCommand());
    VmiActions vmiActions = new ApiVmiActions(client, events, clusterConfig, clock);
    operator.register(
        new VirtualMachineInstanceReconciler(vmiActions, new VmiSync(vmiActions, clock)));
    operator.register(
        new VirtualMachineInstanceReplicaSetReconciler(
            new ReplicaSetSync(new ApiReplicaSetActions(client, events), expectations, clock)));
    operator.register(
        new KubeVirtStatusReconciler(
            client, options.leaseNamespace(), options.launcherImage(), clock),
        o -> o.settingNamespace(options.leaseNamespace()));
    operator.register(new NodeReconciler(client, events, clock, options.nodeHeartbeatTimeout()));
    new VmiPhaseMetrics(client, registry);
    operator.start();
    health =
        new HealthServer(
            options.healthAddress(),
            options.healthPort(),
            () -> operator.getRuntimeInfo().allEventSourcesAreHealthy(),
            registry);
  }

  /**
   * Upstream's lease timings (client-go defaults). The identity is unique per process, so two
   * replicas on one host (or in one test JVM) never both believe they lead.
   */
  private LeaderElectionConfiguration leaderElection(ControllerOptions options) {
    return new LeaderElectionConfiguration(
        LEASE_NAME,
        options.leaseNamespace(),
        Duration.ofSeconds(15),
        Duration.ofSeconds(10),
        Duration.ofSeconds(2),
        identity,
        new LeaderCallbacks(() -> {}, this::stoppedLeading, leader -> {}),
        false);
  }

  /**
   * A replica that lost its Lease may still hold stale decisions: it exits (as upstream's
   * components do) and its Deployment restarts it as a follower. Closing on purpose is not a loss.
   */
  private void stoppedLeading() {
    if (!closing) {
      LOG.error("lost the leader-election lease {}; exiting", LEASE_NAME);
      Runtime.getRuntime().halt(1);
    }
  }

  /** This replica's name in the leader-election Lease. */
  public String identity() {
    return identity;
  }

  /** Port of the health and metrics endpoints. */
  public int healthPort() {
    return health.port();
  }

  @Override
  public void close() {
    closing = true;
    health.close();
    operator.stop();
    clusterConfig.close();
  }
}
