package io.jvirt.cdi.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.jvirt.daemon.HealthServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CDI component's process: an operator-SDK runtime whose replicas compete for a Lease, with
 * /healthz, /readyz and /metrics. The registering of reconcilers is left to the caller.
 */
public final class LeaderElectedRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaderElectedRuntime.class);

  private final Operator operator;
  private final HealthServer health;
  private final String lease;
  private volatile boolean closing;

  /**
   * Registers with {@code register}, then starts; {@code lease} null runs without leader election.
   */
  public LeaderElectedRuntime(
      KubernetesClient client,
      String lease,
      String namespace,
      int healthPort,
      Consumer<Operator> register) {
    this.lease = lease;
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    String identity = System.getenv().getOrDefault("HOSTNAME", "cdi") + "_" + UUID.randomUUID();
    operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withCloseClientOnStop(false)
                  .withUseSSAToPatchPrimaryResource(false)
                  .withMetrics(
                      MicrometerMetrics.newPerResourceCollectingMicrometerMetricsBuilder(registry)
                          .build());
              if (lease != null) {
                o.withLeaderElectionConfiguration(
                    new LeaderElectionConfiguration(
                        lease,
                        namespace,
                        Duration.ofSeconds(15),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(2),
                        identity,
                        new LeaderCallbacks(() -> {}, this::stoppedLeading, leader -> {}),
                        false));
              }
            });
    register.accept(operator);
    operator.start();
    health =
        new HealthServer(
            "0.0.0.0",
            healthPort,
            () -> operator.getRuntimeInfo().allEventSourcesAreHealthy(),
            registry);
  }

  /** Port of the health and metrics endpoints. */
  public int healthPort() {
    return health.port();
  }

  /** A replica that lost its Lease may hold stale decisions: it exits and is restarted. */
  private void stoppedLeading() {
    if (!closing) {
      LOG.error("lost the leader-election lease {}; exiting", lease);
      Runtime.getRuntime().halt(1);
    }
  }

  @Override
  public void close() {
    closing = true;
    health.close();
    operator.stop();
  }
}
