package io.jvirt.bench;

import io.jvirt.contract.Components;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a density run, each beside upstream's and the target (a pure computation). */
public final class DensityFigures {
  /** Below this many Running VMIs the controller's memory is mostly its fixed cost. */
  static final int SLOPE_FROM = 1000;

  private DensityFigures() {}

  /** The figures, in the order the table prints them. */
  public static List<Figure> of(DensityMeasurements m) {
    List<Figure> figures = new ArrayList<>(latencies(m));
    figures.add(throughput(m));
    figures.addAll(costs(m));
    figures.addAll(footprints(m));
    return figures;
  }

  private static List<Figure> latencies(DensityMeasurements m) {
    List<Double> toRunning = secondsToRunning(m);
    Double[] upstream = {Anchors.UPSTREAM_P50_S, Anchors.UPSTREAM_P95_S, null};
    Double[] target = {null, Anchors.TARGET_P95_S, null};
    int[] percentiles = {50, 95, 99};
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < percentiles.length; i++) {
      int p = percentiles[i];
      figures.add(
          lower(
              "creation_to_running_p" + p + "_s",
              "creation → Running p" + p,
              Percentiles.of(toRunning, p),
              "s",
              upstream[i],
              target[i]));
    }
    boolean full = m.vmis() >= 8000;
    figures.add(
        lower(
            "all_running_s",
            "first creation → all Running",
            m.allRunning() == null ? Double.NaN : seconds(m.allRunning()),
            "s",
            full ? Anchors.UPSTREAM_ALL_RUNNING_S : null,
            full ? Anchors.TARGET_ALL_RUNNING_8000_S : null));
    return figures;
  }

  private static Figure throughput(DensityMeasurements m) {
    double rate = m.creating().isZero() ? Double.NaN : (m.vmis() - 1) / seconds(m.creating());
    return new Figure(
        "creations_per_s",
        "creations per second",
        rate,
        "/s",
        Anchors.UPSTREAM_CREATIONS_PER_S,
        Anchors.TARGET_CREATIONS_PER_S,
        true);
  }

  private static List<Figure> costs(DensityMeasurements m) {
    return List.of(
        lower(
            "api_writes_per_vmi",
            "API writes per VMI to Running",
            perVmi(objectWrites(m.writesToRunning()), m.vmis()),
            "",
            Anchors.UPSTREAM_WRITES_PER_VMI,
            Anchors.TARGET_WRITES_PER_VMI),
        lower(
            "api_writes_per_vmi_deletion",
            "API writes per VMI to delete",
            perVmi(objectWrites(m.writesToDelete()), m.vmis()),
            "",
            null,
            Anchors.TARGET_DELETE_WRITES_PER_VMI),
        lower(
            "other_writes_per_vmi",
            "events and leases per VMI, both",
            perVmi(otherWrites(m.writesToRunning()), m.vmis())
                + perVmi(otherWrites(m.writesToDelete()), m.vmis()),
            "",
            null,
            null),
        lower(
            "controller_rss_kb_per_vmi",
            "virt-controller RSS per VMI",
            slopeKib(m.controllerRss()),
            "KiB",
            Anchors.UPSTREAM_CONTROLLER_KB_PER_VMI,
            Anchors.TARGET_CONTROLLER_KB_PER_VMI),
        lower(
            "deletion_all_gone_s", "delete → no VMI left", seconds(m.deleting()), "s", null, null));
  }

  private static List<Figure> footprints(DensityMeasurements m) {
    return List.of(
        lower(
            "controller_idle_rss_mib",
            "virt-controller RSS idle, each",
            mib(m.idleRssKib().get(Components.CONTROLLER_MAIN)),
            "MiB",
            null,
            Anchors.TARGET_CONTROLLER_IDLE_MIB),
        lower(
            "api_idle_rss_mib",
            "virt-api RSS idle, each",
            mib(m.idleRssKib().get(Components.API_MAIN)),
            "MiB",
            null,
            Anchors.TARGET_API_IDLE_MIB),
        lower(
            "handler_idle_rss_mib",
            "virt-handler RSS idle",
            mib(m.idleRssKib().get(Components.HANDLER_MAIN)),
            "MiB",
            null,
            Anchors.TARGET_HANDLER_IDLE_MIB),
        lower(
            "controller_cpu_s",
            "virt-controller CPU, to Running",
            m.controllerCpuSeconds(),
            "s",
            null,
            null),
        lower("api_cpu_s", "virt-api CPU, to Running", m.apiCpuSeconds(), "s", null, null));
  }

  /**
   * The writes upstream's figure counts: launcher pods and VMIs (and VMs); events and the
   * leader-election leases are not per VMI there.
   */
  static Map<String, Integer> objectWrites(Map<String, Integer> writes) {
    return filter(writes, true);
  }

  static Map<String, Integer> otherWrites(Map<String, Integer> writes) {
    return filter(writes, false);
  }

  private static Map<String, Integer> filter(Map<String, Integer> writes, boolean objects) {
    Map<String, Integer> kept = new TreeMap<>();
    writes.forEach(
        (key, count) -> {
          String resource = key.split(" ")[1];
          boolean object = resource.startsWith("pods") || resource.startsWith("virtualmachine");
          if (object == objects) {
            kept.put(key, count);
          }
        });
    return kept;
  }

  private static double mib(Long kib) {
    return kib == null ? Double.NaN : kib / 1024.0;
  }

  /** Median time spent in each phase before Running, in the order the phases come. */
  public static Map<String, Double> phaseMedians(DensityMeasurements m) {
    Map<String, List<Double>> spent = new LinkedHashMap<>();
    for (PhaseTimeline timeline : m.timelines()) {
      timeline
          .timeInPhases()
          .forEach(
              (phase, time) ->
                  spent.computeIfAbsent(phase, p -> new ArrayList<>()).add(seconds(time)));
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    spent.forEach((phase, values) -> medians.put(phase, Percentiles.of(values, 50)));
    return medians;
  }

  private static Figure lower(
      String key, String label, double value, String unit, Double upstream, Double target) {
    return new Figure(key, label, value, unit, upstream, target, false);
  }

  static List<Double> secondsToRunning(DensityMeasurements m) {
    List<Double> values = new ArrayList<>();
    for (PhaseTimeline timeline : m.timelines()) {
      timeline.untilEntered(PhaseTimeline.RUNNING).ifPresent(d -> values.add(seconds(d)));
    }
    return values;
  }

  /**
   * Least-squares slope of RSS against Running VMIs over the samples past {@link #SLOPE_FROM} (or
   * past an eighth of the largest count, for small runs); NaN with fewer than two such samples.
   */
  static double slopeKib(List<long[]> samples) {
    long most = samples.stream().mapToLong(s -> s[0]).max().orElse(0);
    long from = Math.min(SLOPE_FROM, most / 8);
    List<long[]> used = samples.stream().filter(s -> s[0] >= from).toList();
    if (used.size() < 2) {
      return Double.NaN;
    }
    double meanX = used.stream().mapToDouble(s -> s[0]).average().orElseThrow();
    double meanY = used.stream().mapToDouble(s -> s[1]).average().orElseThrow();
    double covariance = 0;
    double variance = 0;
    for (long[] s : used) {
      covariance += (s[0] - meanX) * (s[1] - meanY);
      variance += (s[0] - meanX) * (s[0] - meanX);
    }
    return variance == 0 ? Double.NaN : covariance / variance;
  }

  private static double perVmi(Map<String, Integer> writes, int vmis) {
    return writes.values().stream().mapToInt(Integer::intValue).sum() / (double) vmis;
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
