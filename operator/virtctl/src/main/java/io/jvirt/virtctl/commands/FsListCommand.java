package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;

/** {@code virtctl fslist VMI}: prints the VMI's {@code filesystemlist} subresource, as upstream. */
@Command(
    name = "fslist",
    description =
        "Return the file systems of a running virtual machine instance (needs the guest agent).",
    footerHeading = "%nExamples:%n",
    footer = {"  # List the file systems of 'testvmi':", "  ${ROOT-COMMAND-NAME} fslist testvmi"})
public final class FsListCommand extends GuestAgentQueryCommand {
  public FsListCommand(Session session) {
    super(session, "filesystemlist", "Error listing filesystems");
  }
}
