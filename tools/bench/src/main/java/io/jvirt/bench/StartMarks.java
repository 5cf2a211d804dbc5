package io.jvirt.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When one {@code virtctl start} reached each step, as the benchmark's watches first saw it; the
 * hops between consecutive steps say where the time went.
 */
public final class StartMarks {
  /** The steps, in the order a start passes them. */
  public enum Step {
    START("virtctl start run"),
    VM_CHANGED("VM changed by virt-api"),
    VMI_CREATED("VMI created"),
    POD_CREATED("launcher pod created"),
    POD_SCHEDULED("pod bound to the node"),
    POD_RUNNING("pod Running"),
    VMI_SCHEDULED("VMI Scheduled"),
    VMI_RUNNING("VMI Running"),
    MARKER("guest marker on the console");

    final String label;

    Step(String label) {
      this.label = label;
    }
  }

  /** Who spends the time between a step and the next. */
  static final Map<Step, String> HOP_OWNER =
      Map.of(
          Step.VM_CHANGED, "virtctl and virt-api",
          Step.VMI_CREATED, "virt-controller (VM)",
          Step.POD_CREATED, "virt-controller (VMI)",
          Step.POD_SCHEDULED, "kube-scheduler",
          Step.POD_RUNNING, "kubelet (containerDisk, launcher start)",
          Step.VMI_SCHEDULED, "virt-controller (pod seen)",
          Step.VMI_RUNNING, "virt-handler, virt-launcher, libvirt, QEMU",
          Step.MARKER, "guest boot to cloud-init");

  private final Map<Step, Instant> seen = new EnumMap<>(Step.class);

  /** Records {@code step} at {@code at} unless it was seen before. */
  public synchronized void mark(Step step, Instant at) {
    seen.putIfAbsent(step, at);
  }

  /** Whether {@code step} was seen. */
  public synchronized boolean has(Step step) {
    return seen.containsKey(step);
  }

  /** From the start to {@code step}, or null when either was not seen. */
  public synchronized Duration since(Step step) {
    Instant start = seen.get(Step.START);
    Instant at = seen.get(step);
    return start == null || at == null ? null : Duration.between(start, at);
  }

  /**
   * Each hop's time, keyed by its owner, from one seen step to the next seen one (a step seen
   * before the one listed ahead of it, as a watch may report, gives a zero hop, never a negative).
   */
  public synchronized Map<String, Duration> hops() {
    Map<String, Duration> hops = new LinkedHashMap<>();
    Instant previous = seen.get(Step.START);
    if (previous == null) {
      return hops;
    }
    for (Step step : Step.values()) {
      Instant at = seen.get(step);
      if (step == Step.START || at == null) {
        continue;
      }
      Duration hop = Duration.between(previous, at);
      hops.put(HOP_OWNER.get(step), hop.isNegative() ? Duration.ZERO : hop);
      if (at.isAfter(previous)) {
        previous = at;
      }
    }
    return hops;
  }

  /** The steps not seen, for a run's diagnostics. */
  public synchronized List<Step> missing() {
    List<Step> missing = new ArrayList<>();
    for (Step step : Step.values()) {
      if (!seen.containsKey(step)) {
        missing.add(step);
      }
    }
    return missing;
  }
}
