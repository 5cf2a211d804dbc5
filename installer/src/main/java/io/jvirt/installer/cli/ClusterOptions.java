package io.jvirt.installer.cli;

import io.jvirt.installer.install.Progress;
import io.jvirt.installer.install.Target;
import io.jvirt.installer.install.Targets;
import io.jvirt.installer.install.decide.ProgressTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose the clusters to act on (shared by install, status, uninstall). */
final class ClusterOptions {
  @Option(
      names = "--kubeconfig",
      description = "Kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).")
  Path kubeconfig;

  @Option(
      names = "--context",
      description = "A kubeconfig context to act on (repeatable; default: the current one).")
  List<String> contexts = new ArrayList<>();

  @Option(names = "--all-contexts", description = "Act on every context of the kubeconfig.")
  boolean allContexts;

  @Option(
      names = "--clusters",
      description =
          "A YAML file listing clusters: clusters: [{name, kubeconfig, context}] (paths relative"
              + " to the file).")
  Path clustersFile;

  @Option(
      names = "--timeout",
      defaultValue = "PT10M",
      description = "How long to wait per cluster, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  List<Target> targets() {
    return Targets.resolve(
        kubeconfig == null ? Targets.defaultKubeconfig() : kubeconfig,
        contexts,
        allContexts,
        clustersFile);
  }

  /**
   * On a terminal, a table redrawn in place with each cluster's latest step; otherwise (CI logs,
   * pipes) one line per step.
   */
  static Progress display(PrintWriter out, List<Target> targets) {
    if (System.console() == null || System.getenv("CI") != null) {
      return lines(out);
    }
    ProgressTable table = new ProgressTable(targets.stream().map(Target::name).toList());
    return (cluster, step) -> {
      synchronized (out) {
        out.print(table.update(cluster, step));
        out.flush();
      }
    };
  }

  /** Progress as lines "[cluster] step", one writer shared by the clusters' threads. */
  static Progress lines(PrintWriter out) {
    return (cluster, step) -> {
      synchronized (out) {
        out.println("[" + cluster + "] " + step);
        out.flush();
      }
    };
  }
}
