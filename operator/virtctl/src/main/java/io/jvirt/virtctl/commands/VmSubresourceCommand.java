package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Base of start, stop and restart: a VM argument, the dry-run flag, and a VM subresource named
 * after the command.
 */
abstract class VmSubresourceCommand extends SubresourceCommand {
  @Parameters(paramLabel = "VM", description = "Name of the virtual machine.")
  String name;

  @Mixin DryRunOption dryRun;

  private final String gerund;

  /** {@code verb} names the subresource and the action, {@code gerund} fills failure lines. */
  VmSubresourceCommand(Session session, String verb, String gerund) {
    super(session, KubevirtResource.VIRTUAL_MACHINE, verb, verb);
    this.gerund = gerund;
  }

  @Override
  final String name() {
    return name;
  }

  /** Whether the user forced the request; only stop and restart can be forced. */
  boolean forced() {
    return false;
  }

  /** {@code Error [force ]<gerund> VirtualMachine}; virtctl leaves the VM's name out. */
  @Override
  final String failureHeading() {
    return "Error " + (forced() ? "force " : "") + gerund + " VirtualMachine";
  }
}
