package io.jvirt.handler;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jvirt.handler.decide.NodeHeartbeat;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the node heartbeat periodically; marks the node unschedulable when stopped. */
final class Heartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

  private final KubernetesClient client;
  private final String node;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "heartbeat"));
  private final AtomicBoolean beating = new AtomicBoolean();

  Heartbeat(KubernetesClient client, String node, Clock clock, Duration interval) {
    this.client = client;
    this.node = node;
    this.clock = clock;
    timer.scheduleWithFixedDelay(() -> write(true), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** True once a heartbeat reached the API server (the readiness of virt-handler). */
  boolean isBeating() {
    return beating.get();
  }

  private void write(boolean schedulable) {
    try {
      client
          .nodes()
          .withName(node)
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              Serialization.asJson(NodeHeartbeat.patch(clock.instant(), schedulable)));
      beating.set(schedulable);
    } catch (KubernetesClientException e) {
      beating.set(false);
      LOG.warn("heartbeat on node {} failed: {}", node, e.getMessage());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    write(false);
  }
}
