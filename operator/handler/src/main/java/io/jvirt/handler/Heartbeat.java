package io.jvirt.handler;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jvirt.handler.decide.NodeHeartbeat;
import io.jvirt.handler.decide.NodeSchedulability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the node heartbeat periodically, with {@code kubevirt.io/schedulable} as {@link
 * NodeSchedulability} says from whether the device plugins are registered; marks the node
 * unschedulable when stopped. It looks every second whether a beat is due ({@link
 * NodeHeartbeat#due}).
 */
final class Heartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
  private static final Duration TICK = Duration.ofSeconds(1);

  private final KubernetesClient client;
  private final String node;
  private final Clock clock;
  private final Duration interval;
  private final BooleanSupplier pluginsRegistered;
  private final NodeSchedulability schedulability = new NodeSchedulability();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "heartbeat"));
  private final AtomicBoolean beating = new AtomicBoolean();
  private Instant lastAttempt;
  private boolean lastSchedulable;

  Heartbeat(
      KubernetesClient client,
      String node,
      Clock clock,
      Duration interval,
      BooleanSupplier pluginsRegistered) {
    this.client = client;
    this.node = node;
    this.clock = clock;
    this.interval = interval;
    this.pluginsRegistered = pluginsRegistered;
    timer.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** True once a heartbeat reached the API server (the readiness of virt-handler). */
  boolean isBeating() {
    return beating.get();
  }

  private void tick() {
    Instant at = clock.instant();
    boolean now = schedulability.at(pluginsRegistered.getAsBoolean(), at);
    if (NodeHeartbeat.due(lastAttempt, lastSchedulable, now, at, interval)) {
      lastAttempt = at;
      if (write(now)) {
        lastSchedulable = now;
      }
    }
  }

  private boolean write(boolean value) {
    try {
      client
          .nodes()
          .withName(node)
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              Serialization.asJson(NodeHeartbeat.patch(clock.instant(), value)));
      beating.set(!timer.isShutdown());
      return true;
    } catch (KubernetesClientException e) {
      beating.set(false);
      LOG.warn("heartbeat on node {} failed: {}", node, e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    beating.set(false);
    write(false);
  }
}
