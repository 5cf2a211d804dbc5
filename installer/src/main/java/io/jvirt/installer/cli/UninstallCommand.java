package io.jvirt.installer.cli;

import io.jvirt.installer.install.ClusterUninstall;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uninstall}: removes jvirt; refuses while VM workloads exist unless told to delete them.
 */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    description =
        "Remove jvirt from clusters. Refuses while VMs, VMIs, VMI replica sets or DataVolumes exist,"
            + " unless"
            + " --delete-vms (which names each one it deletes).")
final class UninstallCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private SettingsOptions settings;
  @Mixin private ClusterOptions clusters;

  @Option(names = "--delete-vms", description = "Delete the VM workloads first (each is listed).")
  private boolean deleteVms;

  @Option(names = "--dry-run", description = "Show what would be deleted; delete nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    List<DeployUnit> units = Bundle.units(settings.profile(spec), settings.settings());
    var out = spec.commandLine().getOut();
    var targets = clusters.targets();
    // every deletion stays on screen: a redrawn table would hide which VMs went
    var progress = ClusterOptions.lines(out);
    return FleetCommands.run(
        targets,
        out,
        progress,
        clusters.timeout,
        op -> new ClusterUninstall(op).uninstall(units, deleteVms, dryRun));
  }
}
