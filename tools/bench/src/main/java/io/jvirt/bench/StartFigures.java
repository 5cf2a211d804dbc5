package io.jvirt.bench;

import io.jvirt.bench.StartMarks.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The figures of the start benchmark, each beside upstream's and the target (pure). */
public final class StartFigures {
  private StartFigures() {}

  /** The figures, in the order the table prints them. */
  public static List<Figure> of(StartRun.Result result) {
    List<StartSample> samples = result.samples();
    List<Double> running = seconds(samples, Step.VMI_RUNNING);
    List<Double> marker = seconds(samples, Step.MARKER);
    List<Figure> figures = new ArrayList<>();
    figures.add(
        figure(
            "start_to_running_p50_s",
            "virtctl start → Running p50",
            Percentiles.of(running, 50),
            "s",
            Anchors.UPSTREAM_P50_S,
            Anchors.TARGET_START_P50_S));
    figures.add(
        figure(
            "start_to_running_p95_s",
            "virtctl start → Running p95",
            Percentiles.of(running, 95),
            "s",
            Anchors.UPSTREAM_P95_S,
            Anchors.TARGET_START_P95_S));
    figures.add(
        figure(
            "start_to_marker_p50_s",
            "virtctl start → guest marker p50",
            Percentiles.of(marker, 50),
            "s",
            null,
            null));
    figures.add(
        figure(
            "launcher_overhead_rss_mib",
            "launcher pod beyond guest RAM",
            medianMib(samples, StartSample::overheadKib),
            "MiB",
            Anchors.UPSTREAM_LAUNCHER_OVERHEAD_MIB,
            Anchors.TARGET_LAUNCHER_OVERHEAD_MIB));
    figures.add(
        figure(
            "launcher_pod_mib",
            "launcher pod working set",
            medianMib(samples, StartSample::podKib),
            "MiB",
            null,
            null));
    figures.add(
        figure(
            "launcher_request_mib",
            "launcher pod memory request",
            medianMib(samples, StartSample::podRequestKib),
            "MiB",
            null,
            null));
    figures.add(
        figure(
            "handler_rss_per_vmi_mib",
            "virt-handler RSS per running VMI",
            Percentiles.of(
                samples.stream()
                    .filter(s -> s.marks().has(Step.MARKER))
                    .map(s -> (s.handlerKib() - result.handlerIdleKib()) / 1024.0)
                    .toList(),
                50),
            "MiB",
            null,
            null));
    figures.add(
        figure(
            "handler_idle_rss_mib",
            "virt-handler RSS idle",
            result.handlerIdleKib() / 1024.0,
            "MiB",
            null,
            Anchors.TARGET_HANDLER_IDLE_MIB));
    return figures;
  }

  /** Median seconds spent in each hop, in the order a start passes them. */
  public static Map<String, Double> hopMedians(List<StartSample> samples) {
    Map<String, List<Double>> spent = new LinkedHashMap<>();
    for (StartSample sample : samples) {
      sample
          .marks()
          .hops()
          .forEach((hop, d) -> spent.computeIfAbsent(hop, h -> new ArrayList<>()).add(sec(d)));
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    spent.forEach((hop, values) -> medians.put(hop, Percentiles.of(values, 50)));
    return medians;
  }

  /** Median working set of each launcher container, MiB. */
  public static Map<String, Double> containerMedians(List<StartSample> samples) {
    Map<String, List<Double>> sizes = new LinkedHashMap<>();
    for (StartSample sample : samples) {
      sample
          .containerKib()
          .forEach((c, kib) -> sizes.computeIfAbsent(c, k -> new ArrayList<>()).add(kib / 1024.0));
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    sizes.forEach((c, values) -> medians.put(c, Percentiles.of(values, 50)));
    return medians;
  }

  /** Median RSS of each process in the compute container, MiB, by process name. */
  public static Map<String, Double> processMedians(List<StartSample> samples) {
    Map<String, List<Double>> sizes = new LinkedHashMap<>();
    for (StartSample sample : samples) {
      sample
          .computeProcessKib()
          .forEach((p, kib) -> sizes.computeIfAbsent(p, k -> new ArrayList<>()).add(kib / 1024.0));
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    sizes.forEach((p, values) -> medians.put(p, Percentiles.of(values, 50)));
    return medians;
  }

  static List<Double> seconds(List<StartSample> samples, Step step) {
    List<Double> values = new ArrayList<>();
    for (StartSample sample : samples) {
      Duration d = sample.marks().since(step);
      if (d != null) {
        values.add(sec(d));
      }
    }
    return values;
  }

  private static double medianMib(List<StartSample> samples, ToLongFunction<StartSample> kib) {
    List<Double> values = new ArrayList<>();
    for (StartSample sample : samples) {
      long v = kib.applyAsLong(sample);
      if (v >= 0 && sample.podKib() >= 0) {
        values.add(v / 1024.0);
      }
    }
    return Percentiles.of(values, 50);
  }

  private static Figure figure(
      String key, String label, double value, String unit, Double upstream, Double target) {
    return new Figure(key, label, value, unit, upstream, target, false);
  }

  private static double sec(Duration d) {
    return d.toMillis() / 1000.0;
  }
}
