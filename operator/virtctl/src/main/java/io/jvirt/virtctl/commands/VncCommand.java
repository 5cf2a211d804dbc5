package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.ConsoleStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl vnc VMI}: a local port carrying the VMI's VNC (RFB) stream through virt-api, with
 * remote-viewer or vncviewer started on it; {@code --proxy-only} prints the port as JSON for a
 * viewer of the user's choice instead, as upstream. One viewer connection is served.
 */
@Command(
    name = "vnc",
    description = "Open a VNC connection to a virtual machine instance.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Connect a VNC viewer of your own to 'myvmi':",
      "  ${ROOT-COMMAND-NAME} vnc --proxy-only myvmi",
      "  # Serve on a fixed port:",
      "  ${ROOT-COMMAND-NAME} vnc --proxy-only --port=5900 myvmi"
    })
public final class VncCommand extends ClusterCommand {
  @Parameters(
      paramLabel = "VMI",
      arity = "0..1",
      description = "Name of the virtual machine instance.")
  String name;

  @Option(
      names = "--proxy-only",
      arity = "0..1",
      description = "Only open the local port (printed as JSON); start no viewer.")
  boolean proxyOnly;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "The local port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--address",
      defaultValue = "127.0.0.1",
      description = "The address the local port is opened on. Default: ${DEFAULT-VALUE}.")
  String address;

  public VncCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    if (name == null) {
      throw new CommandFailedException("argument validation failed: the VMI's name is required");
    }
    if (port < 0 || port > 65535) {
      throw new CommandFailedException("--port must be between 0 and 65535");
    }
    if (!proxyOnly && viewer().isEmpty()) {
      throw new CommandFailedException(
          "could not find the remote-viewer or vncviewer client in $PATH; use --proxy-only and"
              + " connect a viewer of your own");
    }
  }

  @Override
  void execute(Cluster cluster) {
    try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getByName(address))) {
      if (proxyOnly) {
        out().println("{\"port\":" + listener.getLocalPort() + "}");
        out().flush();
      } else {
        startViewer(listener.getLocalPort());
      }
      try (Socket viewer = listener.accept()) {
        viewer.setTcpNoDelay(true);
        ConsoleStream stream = open(cluster, viewer);
        try (stream) {
          StreamPump.until(viewer.getInputStream(), stream);
        }
      }
    } catch (IOException e) {
      throw new CommandFailedException("VNC proxy failed: " + e.getMessage(), e);
    }
  }

  /** The first VNC viewer on the PATH, as upstream looks for them. */
  private static Optional<Path> viewer() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String program : List.of("remote-viewer", "vncviewer")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, program);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private void startViewer(int localPort) throws IOException {
    Path program = viewer().orElseThrow();
    String target =
        program.getFileName().toString().equals("remote-viewer")
            ? "vnc://" + address + ":" + localPort
            : address + "::" + localPort;
    new ProcessBuilder(program.toString(), target).inheritIO().start();
  }

  private ConsoleStream open(Cluster cluster, Socket viewer) throws IOException {
    try {
      return cluster.subresources().openVnc(cluster.namespace(), name, viewer.getOutputStream());
    } catch (ApiException e) {
      throw new CommandFailedException(
          "Can't access VMI "
              + name
              + ": Can't connect to websocket ("
              + e.code()
              + "): "
              + e.getMessage(),
          e);
    } catch (ClientException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
  }
}
