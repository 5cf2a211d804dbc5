package io.jvirt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hack/bench render}: the installer's CLI rendering each deploy format, as a user runs it (a
 * JVM start each): wall time and peak RSS.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render every deploy format with the installer: wall time and peak RSS.")
public final class RenderCommand implements Callable<Integer> {
  static final List<String> FORMATS =
      List.of("helm", "yaml", "rafay", "argocd", "flux", "workloads");

  @Option(
      names = "--installer-jar",
      required = true,
      description = "the installer's jar, run as users run it (java -jar)")
  Path installer;

  @Option(names = "--profile", defaultValue = "basic+cdi")
  String profile;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws Exception {
    List<Figure> figures = new ArrayList<>();
    Map<String, Object> peaks = new LinkedHashMap<>();
    boolean ok = true;
    for (String format : FORMATS) {
      Path dir = Files.createTempDirectory("jvirt-render-");
      ProcessPeak.Result r =
          ProcessPeak.run(
              List.of(
                  "java",
                  "-jar",
                  installer.toString(),
                  "render",
                  "--profile",
                  profile,
                  "--format",
                  format,
                  "--out",
                  dir.toString()),
              Duration.ofMinutes(2),
              Clock.systemUTC());
      ok &= r.exitCode() == 0;
      figures.add(
          new Figure(
              "render_" + format + "_s",
              "render --format " + format,
              r.wall().toMillis() / 1000.0,
              "s",
              null,
              Anchors.TARGET_RENDER_S,
              false));
      peaks.put(format, r.peakKib() / 1024.0);
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("profile", profile);
    extra.put("render_peak_rss_mib", peaks);
    String object = BenchReport.json(figures, extra);
    BenchReport.write(report.out.resolve("render.json"), object);
    if (report.json) {
      System.out.println(object);
    } else {
      System.out.print(
          BenchReport.table("render: profile " + profile + ", one CLI run each", figures));
      System.out.println("peak RSS (MiB): " + peaks);
    }
    return ok ? 0 : 1;
  }
}
