package io.jvirt.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
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
 * {@code hack/bench density}: N VMIs (or VMs) on kwok's fake nodes, the node side played by kwok
 * Stages as upstream's KWOK density test does; prints the table, writes JSON and a PNG.
 */
@Command(
    name = "density",
    mixinStandardHelpOptions = true,
    description = "VMIs on fake nodes: creation → Running, API writes, controller memory.")
public final class DensityCommand implements Callable<Integer> {
  @Option(
      names = "--vmis",
      defaultValue = "300",
      description = "how many (default ${DEFAULT-VALUE})")
  int vmis;

  @Option(names = "--vms", description = "VMs with runStrategy Always instead of VMIs")
  boolean vms;

  @Option(
      names = "--rate",
      defaultValue = "10",
      description = "creations per second (default ${DEFAULT-VALUE})")
  double rate;

  @Option(names = "--namespace", defaultValue = "jvirt-density")
  String namespace;

  @Option(
      names = "--image",
      defaultValue = "quay.io/kubevirt/cirros-container-disk-demo",
      description = "containerDisk image (never pulled: the nodes are fake)")
  String image;

  @Option(names = "--audit-log", required = true, description = "the API server's audit log")
  Path auditLog;

  @Option(
      names = "--timeout",
      defaultValue = "PT20M",
      description = "for all Running, and for all gone")
  Duration timeout;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws InterruptedException {
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      DensityRun run =
          new DensityRun(client, new ProcessStats(Path.of("/proc")), Clock.systemUTC());
      DensityMeasurements m =
          run.run(new DensityRun.Settings(vmis, vms, rate, namespace, image, auditLog, timeout));
      List<Figure> figures = DensityFigures.of(m);
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("vmis", vmis);
      extra.put("vms", vms);
      extra.put("rate_per_s", rate);
      extra.put("creation_failures", m.creationFailures());
      extra.put("phase_median_s", DensityFigures.phaseMedians(m));
      extra.put("api_writes_to_running", m.writesToRunning());
      extra.put("api_writes_to_delete", m.writesToDelete());
      extra.put("controller_rss_samples", m.controllerRss());
      extra.put("api_rss_kib", m.apiRssKib());
      extra.put("controller_cpu_s", m.controllerCpuSeconds());
      extra.put("api_cpu_s", m.apiCpuSeconds());
      String name = vms ? "density-vms" : "density";
      String object = BenchReport.json(figures, extra);
      BenchReport.write(report.out.resolve(name + ".json"), object);
      LatencyPlot.write(
          report.out.resolve(name + ".png"),
          "creation → Running, " + vmis + (vms ? " VMs" : " VMIs"),
          DensityFigures.secondsToRunning(m));
      if (report.json) {
        System.out.println(object);
      } else {
        System.out.print(
            BenchReport.table(
                "density: " + vmis + (vms ? " VMs" : " VMIs") + " at " + rate + "/s on fake nodes",
                figures));
        System.out.println("time in each phase (median, s): " + DensityFigures.phaseMedians(m));
        System.out.println("API writes to Running: " + m.writesToRunning());
        System.out.println("API writes to delete:  " + m.writesToDelete());
        System.out.println("wrote " + report.out.resolve(name + ".json") + " and " + name + ".png");
      }
      return m.allRunning() == null ? 1 : 0;
    }
  }
}
