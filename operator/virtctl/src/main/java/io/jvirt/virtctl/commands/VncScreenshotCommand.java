package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code virtctl vnc screenshot VMI -f FILE}: the guest's screen as PNG, as upstream. */
@Command(
    name = "screenshot",
    description = "Take a screenshot of a virtual machine instance's VNC display (PNG).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Save a screenshot of 'myvmi' to screen.png:",
      "  ${ROOT-COMMAND-NAME} vnc screenshot myvmi -f screen.png"
    })
public final class VncScreenshotCommand extends ClusterCommand {
  @Parameters(paramLabel = "VMI", description = "Name of the virtual machine instance.")
  String name;

  @Option(
      names = {"-f", "--file"},
      required = true,
      description = "Where to write the PNG; - writes it to standard output.")
  String file;

  @Option(
      names = {"-m", "--move-cursor"},
      description = "Move the cursor first to wake a screensaver (libvirt's screenshot needs not).")
  boolean moveCursor;

  public VncScreenshotCommand(Session session) {
    super(session);
  }

  @Override
  void execute(Cluster cluster) {
    byte[] png;
    try {
      png =
          cluster
              .subresources()
              .getBytes(cluster.namespace(), "virtualmachineinstances", name, "vnc/screenshot");
    } catch (ApiException e) {
      throw new CommandFailedException(
          "failed to take a screenshot of VMI " + name + " (" + e.code() + "): " + e.getMessage(),
          e);
    } catch (ClientException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
    if ("-".equals(file)) {
      out().writeBytes(png);
      out().flush();
      return;
    }
    try {
      Files.write(Path.of(file), png);
    } catch (IOException e) {
      throw new CommandFailedException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
