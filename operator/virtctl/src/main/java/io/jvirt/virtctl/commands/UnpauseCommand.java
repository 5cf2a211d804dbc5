package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;

/** {@code virtctl unpause vm|vmi NAME}: lets a paused guest run again. */
@Command(
    name = "unpause",
    description = {
      "Unpause a virtual machine.",
      "TYPE is vm (virtualmachine) or vmi (virtualmachineinstance), case-insensitive."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  # Unpause the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} unpause vm myvm"})
public final class UnpauseCommand extends PauseToggleCommand {
  public UnpauseCommand(Session session) {
    super(session, "unpause", "unpausing");
  }
}
