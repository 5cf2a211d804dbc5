package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.ClientVersion;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.VersionInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code virtctl version}: prints this client's version, then the server's. */
@Command(
    name = "version",
    description = "Print the client and server version information.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Print the client and server versions for the current context:",
      "  ${ROOT-COMMAND-NAME} version"
    })
public final class VersionCommand implements Callable<Integer> {
  private final Session session;

  public VersionCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    session.out().println("Client Version: " + ClientVersion.get().toGoString());
    VersionInfo server;
    try {
      server = session.cluster().subresources().getVersion();
    } catch (ClientException e) {
      throw new CommandFailedException("Error getting the server version: " + e.getMessage(), e);
    }
    session.out().println("Server Version: " + server.toGoString());
    return 0;
  }
}
