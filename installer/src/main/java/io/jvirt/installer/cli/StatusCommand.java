package io.jvirt.installer.cli;

import io.jvirt.installer.install.ClusterStatus;
import io.jvirt.installer.model.Names;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: per cluster, jvirt's version, readiness of its components and VM counts. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show jvirt on each cluster: versions, component readiness, VM counts.")
final class StatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private ClusterOptions clusters;

  @Option(
      names = "--namespace",
      defaultValue = Names.NAMESPACE,
      description = "Install namespace (default: ${DEFAULT-VALUE}).")
  private String namespace;

  @Override
  public Integer call() {
    // status only reads: its summary table is the whole answer, no progress to show
    return FleetCommands.run(
        clusters.targets(),
        spec.commandLine().getOut(),
        (cluster, step) -> {},
        clusters.timeout,
        op -> ClusterStatus.of(op, namespace));
  }
}
