package io.jvirt.handler.decide;

import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.KubevirtLabels;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What virt-handler writes on its node, as upstream does: the label that lets VMs be scheduled
 * there ({@code kubevirt.io/schedulable}) and the time of its last heartbeat ({@code
 * kubevirt.io/heartbeat}), as a JSON merge patch.
 */
public final class NodeHeartbeat {
  /** Label saying whether virt-handler runs (and accepts VMs) on the node. */
  public static final String SCHEDULABLE_LABEL = KubevirtLabels.SCHEDULABLE;

  /** Annotation with the time of the last heartbeat (RFC 3339, seconds). */
  public static final String HEARTBEAT_ANNOTATION = KubevirtAnnotations.HEARTBEAT;

  private NodeHeartbeat() {}

  /**
   * Whether a heartbeat is due at {@code now}: the first one at once; then every {@code interval}
   * after the last attempt; and at once when the node may become schedulable (the device plugins
   * just got initialized), as upstream writes its first beat, waits for the device plugins, then
   * beats again. The node becoming unschedulable waits for the next regular beat.
   *
   * @param lastAttempt when the last heartbeat was tried, null before the first
   * @param lastSchedulable the schedulable value last written
   */
  public static boolean due(
      Instant lastAttempt,
      boolean lastSchedulable,
      boolean schedulable,
      Instant now,
      Duration interval) {
    if (lastAttempt == null) {
      return true;
    }
    if (schedulable && !lastSchedulable) {
      return true;
    }
    return !now.isBefore(lastAttempt.plus(interval));
  }

  /** The merge patch of a heartbeat at {@code now}; {@code schedulable} false when stopping. */
  public static Map<String, Object> patch(Instant now, boolean schedulable) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("labels", Map.of(SCHEDULABLE_LABEL, Boolean.toString(schedulable)));
    metadata.put(
        "annotations",
        Map.of(
            HEARTBEAT_ANNOTATION,
            now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
    return Map.of("metadata", metadata);
  }
}
