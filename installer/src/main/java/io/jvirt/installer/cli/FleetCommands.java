package io.jvirt.installer.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.installer.install.ClusterOp;
import io.jvirt.installer.install.ClusterReport;
import io.jvirt.installer.install.Fleet;
import io.jvirt.installer.install.Progress;
import io.jvirt.installer.install.Target;
import io.jvirt.installer.install.decide.SummaryTable;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** Runs a per-cluster operation over the chosen clusters and prints the summary table. */
final class FleetCommands {
  private FleetCommands() {}

  /**
   * {@code operation} on each target, each with its own client; 0 when every cluster succeeded, 1
   * otherwise.
   */
  static int run(
      List<Target> targets,
      PrintWriter out,
      Progress progress,
      Duration timeout,
      Function<ClusterOp, ClusterReport> operation) {
    List<ClusterReport> reports =
        Fleet.run(
            targets,
            target -> {
              try (KubernetesClient client =
                  new KubernetesClientBuilder().withConfig(target.config()).build()) {
                return operation.apply(
                    new ClusterOp(client, target, progress, Clock.systemUTC(), timeout));
              }
            });
    out.println();
    out.print(
        SummaryTable.render(
            reports.stream()
                .map(
                    r ->
                        new SummaryTable.Row(
                            r.cluster(), r.ok(), r.kubernetesVersion(), r.took(), r.detail()))
                .toList()));
    out.flush();
    return reports.stream().allMatch(ClusterReport::ok) ? 0 : 1;
  }
}
