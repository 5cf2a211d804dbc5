package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.ConsoleStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl port-forward TYPE/NAME[/NAMESPACE] [PROTOCOL/]LOCAL[:REMOTE]...}: each local TCP
 * connection becomes one WebSocket stream to the guest's port through virt-api; {@code --stdio}
 * forwards one port over standard input and output (an ssh ProxyCommand).
 */
@Command(
    name = "port-forward",
    description = "Forward local ports to a virtualmachine or virtualmachineinstance.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Forward the local port 8080 to the vmi port:",
      "  ${ROOT-COMMAND-NAME} port-forward vmi/testvmi 8080",
      "  # Forward the local port 8080 to the vmi port 9090:",
      "  ${ROOT-COMMAND-NAME} port-forward vmi/testvmi 8080:9090",
      "  # Forward the local port 8080 to the vm port in mynamespace:",
      "  ${ROOT-COMMAND-NAME} port-forward vm/testvm/mynamespace 8080",
      "  # Use as an ssh ProxyCommand:",
      "  ssh -o 'ProxyCommand=${ROOT-COMMAND-NAME} port-forward --stdio=true vm/testvm 22' user@vm"
    })
public final class PortForwardCommand extends ClusterCommand {
  @Parameters(
      index = "0",
      paramLabel = "TYPE/NAME[/NAMESPACE]",
      description = "vm or vmi, and its name.")
  String target;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "[PROTOCOL/]LOCALPORT[:TARGETPORT]",
      description = "Ports to forward; tcp unless udp/ is given.")
  List<String> ports = new ArrayList<>();

  @Option(
      names = "--stdio",
      arity = "0..1",
      description = "Forward the single port to stdin/stdout instead of a local port.")
  boolean stdio;

  @Option(
      names = "--address",
      defaultValue = "127.0.0.1",
      description = "The address the local ports are opened on. Default: ${DEFAULT-VALUE}.")
  String address;

  private ForwardTarget parsed;
  private List<ForwardedPort> forwarded;

  public PortForwardCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    parsed = ForwardTarget.parse(target);
    forwarded = ports.stream().map(ForwardedPort::parse).toList();
    if (stdio && forwarded.size() != 1) {
      throw new CommandFailedException("only one port supported when forwarding to stdout");
    }
    for (ForwardedPort port : forwarded) {
      if (!"tcp".equals(port.protocol())) {
        throw new CommandFailedException(
            "unsupported protocol " + port.protocol() + ": jvirt forwards tcp only");
      }
    }
  }

  @Override
  void execute(Cluster cluster) {
    String namespace = parsed.namespaceOr(cluster.namespace());
    if (stdio) {
      forwardStdio(cluster, namespace, forwarded.get(0));
      return;
    }
    List<ServerSocket> listeners = new ArrayList<>();
    try {
      InetAddress bind = InetAddress.getByName(address);
      for (ForwardedPort port : forwarded) {
        ServerSocket listener = new ServerSocket(port.local(), 50, bind);
        listeners.add(listener);
        session
            .err()
            .printf(
                "forwarding tcp %s:%d to %d%n", address, listener.getLocalPort(), port.remote());
        Thread acceptor =
            new Thread(() -> accept(cluster, namespace, listener, port), "accept " + port.local());
        acceptor.setDaemon(true);
        acceptor.start();
      }
      // until interrupted (Ctrl+C ends the process), as upstream
      new CountDownLatch(1).await();
    } catch (IOException e) {
      throw new CommandFailedException("cannot listen on " + address + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      listeners.forEach(PortForwardCommand::closeQuietly);
    }
  }

  private void forwardStdio(Cluster cluster, String namespace, ForwardedPort port) {
    ConsoleStream stream = open(cluster, namespace, port, out());
    try (stream) {
      StreamPump.until(session.in(), stream);
    }
  }

  private void accept(
      Cluster cluster, String namespace, ServerSocket listener, ForwardedPort port) {
    while (!listener.isClosed()) {
      Socket local;
      try {
        local = listener.accept();
      } catch (IOException e) {
        return;
      }
      Thread connection =
          new Thread(() -> relay(cluster, namespace, local, port), "forward " + local.getPort());
      connection.setDaemon(true);
      connection.start();
    }
  }

  private void relay(Cluster cluster, String namespace, Socket local, ForwardedPort port) {
    try (local) {
      local.setTcpNoDelay(true);
      OutputStream toLocal = local.getOutputStream();
      ConsoleStream stream;
      try {
        stream = open(cluster, namespace, port, toLocal);
      } catch (CommandFailedException e) {
        session
            .err()
            .printf(
                "can't access %s/%s.%s: %s%n",
                parsed.kind(), parsed.name(), namespace, e.getMessage());
        return;
      }
      try (stream) {
        StreamPump.until(local.getInputStream(), stream);
      }
    } catch (IOException e) {
      session.err().printf("error handling connection for %d: %s%n", port.local(), e.getMessage());
    }
  }

  private ConsoleStream open(
      Cluster cluster, String namespace, ForwardedPort port, OutputStream output) {
    try {
      return cluster
          .subresources()
          .openPortForward(namespace, parsed.plural(), parsed.name(), port.remote(), output);
    } catch (ApiException e) {
      throw new CommandFailedException(
          "Can't connect to websocket (" + e.code() + "): " + e.getMessage(), e);
    } catch (ClientException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // the process ends anyway
    }
  }
}
