package io.jvirt.bench;

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
 * {@code hack/bench install}: jvirt uninstalled, then installed by the installer's CLI until the
 * KubeVirt CR is Available (images already on the node): wall time and the installer's peak RSS.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = "Uninstall, then install until Available: wall time and peak RSS.")
public final class InstallCommand implements Callable<Integer> {
  @Option(
      names = "--installer-jar",
      required = true,
      description = "the installer's jar, run as users run it (java -jar)")
  Path installer;

  @Option(names = "--kubeconfig", required = true)
  Path kubeconfig;

  @Option(names = "--profile", defaultValue = "basic")
  String profile;

  @Mixin ReportOptions report;

  @Override
  public Integer call() throws Exception {
    Clock clock = Clock.systemUTC();
    ProcessPeak.Result uninstall =
        ProcessPeak.run(
            List.of(
                "java",
                "-jar",
                installer.toString(),
                "uninstall",
                "--kubeconfig",
                kubeconfig.toString(),
                "--profile",
                profile),
            Duration.ofMinutes(10),
            clock);
    if (uninstall.exitCode() != 0) {
      System.err.print(uninstall.output());
      return 1;
    }
    ProcessPeak.Result install =
        ProcessPeak.run(
            List.of(
                "java",
                "-jar",
                installer.toString(),
                "install",
                "--kubeconfig",
                kubeconfig.toString(),
                "--profile",
                profile,
                "--emulation"),
            Duration.ofMinutes(10),
            clock);
    List<Figure> figures =
        List.of(
            new Figure(
                "install_to_available_s",
                "install → Available (" + profile + ")",
                install.wall().toMillis() / 1000.0,
                "s",
                null,
                Anchors.TARGET_INSTALL_S,
                false),
            new Figure(
                "install_peak_rss_mib",
                "installer peak RSS",
                install.peakKib() / 1024.0,
                "MiB",
                null,
                null,
                false));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("profile", profile);
    extra.put("uninstall_s", uninstall.wall().toMillis() / 1000.0);
    String object = BenchReport.json(figures, extra);
    BenchReport.write(report.out.resolve("install.json"), object);
    if (report.json) {
      System.out.println(object);
    } else {
      System.out.print(BenchReport.table("install: profile " + profile, figures));
      System.out.printf("uninstall before it: %.1f s%n", uninstall.wall().toMillis() / 1000.0);
    }
    if (install.exitCode() != 0) {
      System.err.print(install.output());
    }
    return install.exitCode() == 0 ? 0 : 1;
  }
}
