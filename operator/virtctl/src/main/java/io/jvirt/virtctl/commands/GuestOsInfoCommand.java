package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;

/**
 * {@code virtctl guestosinfo VMI}: prints the VMI's {@code guestosinfo} subresource, as upstream.
 */
@Command(
    name = "guestosinfo",
    description =
        "Return information about the operating system of a running virtual machine instance (needs the guest agent).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Show the guest OS information of 'testvmi':",
      "  ${ROOT-COMMAND-NAME} guestosinfo testvmi"
    })
public final class GuestOsInfoCommand extends GuestAgentQueryCommand {
  public GuestOsInfoCommand(Session session) {
    super(session, "guestosinfo", "Error getting guestosinfo");
  }
}
