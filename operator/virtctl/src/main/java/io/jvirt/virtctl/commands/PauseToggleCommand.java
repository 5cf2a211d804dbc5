package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.jvirt.api.v1.subresources.PauseOptions;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Base of pause and unpause: a {@code vm|vmi NAME} pair and the dry-run flag, sent to the VMI
 * subresource named after the command; a VM must exist and is reached through its VMI.
 */
abstract class PauseToggleCommand extends SubresourceCommand {
  @Parameters(index = "0", paramLabel = "TYPE", description = "vm or vmi.")
  String type;

  @Parameters(index = "1", paramLabel = "NAME", description = "Name of the VM or VMI.")
  String name;

  @Mixin DryRunOption dryRun;

  /** The VM named on the command line, or null when a VMI was. */
  GenericKubernetesResource vm;

  private final String gerund;
  private PauseTarget target;

  /** {@code verb} names the subresource and the action, {@code gerund} fills failure lines. */
  PauseToggleCommand(Session session, String verb, String gerund) {
    super(session, KubevirtResource.VIRTUAL_MACHINE_INSTANCE, verb, verb);
    this.gerund = gerund;
  }

  @Override
  final void validate() {
    target = PauseTarget.parse(type);
  }

  @Override
  final void execute(Cluster cluster) {
    vm = target == PauseTarget.VM ? VirtualMachines.require(cluster, name) : null;
    super.execute(cluster);
  }

  @Override
  final String name() {
    return name;
  }

  @Override
  final Object body() {
    PauseOptions options = new PauseOptions();
    options.setDryRun(dryRun.requestValue(out()));
    return options;
  }

  @Override
  final String failureHeading() {
    return "Error " + gerund + " VirtualMachineInstance " + name;
  }
}
