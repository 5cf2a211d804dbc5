package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;

/** {@code virtctl userlist VMI}: prints the VMI's {@code userlist} subresource, as upstream. */
@Command(
    name = "userlist",
    description =
        "Return the users logged in to a running virtual machine instance (needs the guest agent).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # List the users logged in to 'testvmi':",
      "  ${ROOT-COMMAND-NAME} userlist testvmi"
    })
public final class UserListCommand extends GuestAgentQueryCommand {
  public UserListCommand(Session session) {
    super(session, "userlist", "Error listing users");
  }
}
