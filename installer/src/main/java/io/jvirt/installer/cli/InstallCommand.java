package io.jvirt.installer.cli;

import io.jvirt.installer.install.ClusterInstall;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code install}: applies jvirt onto one or many clusters and waits until each is Available. */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description =
        "Install jvirt onto clusters (server-side apply in dependency order, then wait until the"
            + " KubeVirt CR is Available); clusters run in parallel.")
final class InstallCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private SettingsOptions settings;
  @Mixin private ClusterOptions clusters;

  @Option(names = "--dry-run", description = "Show what would change; change nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    List<DeployUnit> units = Bundle.units(settings.profile(spec), settings.settings());
    var out = spec.commandLine().getOut();
    var targets = clusters.targets();
    // a dry run lists every change, so it keeps them all on screen
    var progress = dryRun ? ClusterOptions.lines(out) : ClusterOptions.display(out, targets);
    return FleetCommands.run(
        targets,
        out,
        progress,
        clusters.timeout,
        op -> new ClusterInstall(op).install(units, dryRun));
  }
}
