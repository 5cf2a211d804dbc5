package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import picocli.CommandLine.Command;

/**
 * {@code virtctl pause vm|vmi NAME}: freezes a running guest, keeping its memory. A VM is paused
 * through the VMI of the same name.
 */
@Command(
    name = "pause",
    description = {
      "Pause a virtual machine by freezing it; its state stays in memory.",
      "TYPE is vm (virtualmachine) or vmi (virtualmachineinstance), case-insensitive."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  # Pause the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} pause vm myvm"})
public final class PauseCommand extends PauseToggleCommand {
  public PauseCommand(Session session) {
    super(session, "pause", "pausing");
  }

  /** A VM without a VMI gets virtctl's explanation instead of the server's not-found message. */
  @Override
  CommandFailedException failed(ClientException cause) {
    if (vm != null && cause instanceof ApiException api && api.isNotFound()) {
      if (VirtualMachines.isHalted(vm)) {
        return new CommandFailedException(
            failureHeading() + ". VirtualMachine " + name + " is not set to run");
      }
      return new CommandFailedException(failureHeading() + ", it was not found");
    }
    return super.failed(cause);
  }
}
