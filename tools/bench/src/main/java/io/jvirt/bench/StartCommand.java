package io.jvirt.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.bench.StartMarks.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hack/bench start}: the seed VM started with the real virtctl on the real node, again and
 * again: start → Running and → guest marker, where the time goes, and what the launcher costs.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "virtctl start → Running on the real node: latency, hops, launcher memory.")
public final class StartCommand implements Callable<Integer> {
  @Option(names = "--runs", defaultValue = "10", description = "starts (default ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--namespace", defaultValue = "jvirt-bench")
  String namespace;

  @Option(names = "--manifest", required = true, description = "the VM (runs false) to start")
  Path manifest;

  @Option(names = "--virtctl", required = true, description = "the virtctl to start it with")
  Path virtctl;

  @Option(
      names = "--marker",
      defaultValue = "jvirt-e2e: hello from cloud-init",
      description = "what the guest prints on its console once booted")
  String marker;

  @Option(names = "--timeout", defaultValue = "PT5M", description = "for each step of a run")
  Duration timeout;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws InterruptedException, IOException {
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      StartRun run =
          new StartRun(
              client,
              new ProcessStats(Path.of("/proc")),
              new PodMemory(Path.of("/sys/fs/cgroup")),
              Clock.systemUTC());
      StartRun.Result result =
          run.run(new StartRun.Settings(runs, namespace, manifest, virtctl, marker, timeout));
      List<Figure> figures = StartFigures.of(result);
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("runs", result.samples().size());
      extra.put("start_to_running_s", StartFigures.seconds(result.samples(), Step.VMI_RUNNING));
      extra.put("start_to_marker_s", StartFigures.seconds(result.samples(), Step.MARKER));
      extra.put("hop_median_s", StartFigures.hopMedians(result.samples()));
      extra.put("launcher_container_mib", StartFigures.containerMedians(result.samples()));
      extra.put("compute_process_rss_mib", StartFigures.processMedians(result.samples()));
      String object = BenchReport.json(figures, extra);
      BenchReport.write(report.out.resolve("start.json"), object);
      LatencyPlot.write(
          report.out.resolve("start.png"),
          "virtctl start → Running, " + result.samples().size() + " runs",
          StartFigures.seconds(result.samples(), Step.VMI_RUNNING));
      if (report.json) {
        System.out.println(object);
      } else {
        System.out.print(
            BenchReport.table(
                "start: " + result.samples().size() + " × virtctl start on the real node",
                figures));
        System.out.println("where the time goes (median, s):");
        StartFigures.hopMedians(result.samples())
            .forEach((hop, s) -> System.out.printf("  %-44s %6.2f%n", hop, s));
        System.out.println(
            "launcher containers (median MiB): " + StartFigures.containerMedians(result.samples()));
        System.out.println(
            "compute container processes (median RSS MiB): "
                + StartFigures.processMedians(result.samples()));
        System.out.println("wrote " + report.out.resolve("start.json") + " and start.png");
      }
      boolean complete =
          result.samples().size() == runs
              && result.samples().stream().allMatch(s -> s.marks().has(Step.MARKER));
      return complete ? 0 : 1;
    }
  }
}
