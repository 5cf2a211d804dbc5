package io.jvirt.launcher.dhcp;

import io.jvirt.contract.PodNetwork;
import io.jvirt.launcher.dhcp.decide.DhcpResponder;
import io.jvirt.launcher.dhcp.model.DhcpLease;
import io.jvirt.launcher.dhcp.model.DhcpMessage;
import io.jvirt.launcher.dhcp.model.MalformedDhcpException;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-client DHCPv4 server of one VMI interface, run by virt-launcher in the pod's network
 * namespace on virt-handler's in-pod bridge (kubevirt pkg/network/dhcp/server/server.go).
 *
 * <p>Java NIO has no SO_BINDTODEVICE nor IP_PKTINFO, so the server uses two UDP sockets on port 67
 * (both with SO_REUSEPORT, so that any other program holding the port makes the start fail): one
 * bound to 0.0.0.0, which gets the guest's broadcasts, and one bound to the server address on the
 * bridge, which gets unicast renewals and sends every answer. An answer goes to 255.255.255.255:68,
 * and Linux sends a limited broadcast out of the device that holds the socket's source address: the
 * bridge, hence the guest's tap. Answers are always broadcast (RFC 2131 §4.1 allows it): a unicast
 * to the guest would need its ARP entry, and with the bridge binding the guest's address is also
 * the pod's own (on the dummy eth0).
 */
public final class DhcpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DhcpServer.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_DATAGRAM = 4096;

  private final String name;
  private final DhcpResponder responder;
  private final DatagramChannel broadcasts;
  private final DatagramChannel bound;
  private final Selector selector;
  private final Thread thread;
  private volatile boolean running = true;

  private DhcpServer(
      String name,
      DhcpResponder responder,
      DatagramChannel broadcasts,
      DatagramChannel bound,
      Selector selector) {
    this.name = name;
    this.responder = responder;
    this.broadcasts = broadcasts;
    this.bound = bound;
    this.selector = selector;
    this.thread = new Thread(this::serve, "dhcp-" + name);
    this.thread.setDaemon(true);
  }

  /**
   * Starts serving the DHCP plan of {@code plan}, in the calling thread's network namespace.
   *
   * @throws DhcpServerException when the plan is not valid, port 67 is taken or the server address
   *     is not in the pod
   */
  public static DhcpServer start(InterfacePlan plan) {
    String name = plan.getName();
    DhcpLease lease;
    try {
      lease = DhcpLease.of(plan.getDhcp());
    } catch (IllegalArgumentException e) {
      throw new DhcpServerException(
          "the DHCP settings of interface " + name + " are not valid: " + e.getMessage(), e);
    }
    String serverIp = plan.getDhcp().getServerIp();
    DatagramChannel broadcasts = null;
    DatagramChannel bound = null;
    try {
      broadcasts = open(new InetSocketAddress(PodNetwork.DHCP_SERVER_PORT), name);
      bound =
          open(
              new InetSocketAddress(InetAddress.getByName(serverIp), PodNetwork.DHCP_SERVER_PORT),
              name);
      Selector selector = Selector.open();
      broadcasts.register(selector, SelectionKey.OP_READ);
      bound.register(selector, SelectionKey.OP_READ);
      DhcpServer server =
          new DhcpServer(name, new DhcpResponder(lease), broadcasts, bound, selector);
      server.thread.start();
      LOG.info(
          "DHCP server of interface {} started on {} ({}): {} for {}",
          name,
          plan.getDhcp().getBridge(),
          serverIp,
          plan.getDhcp().getGuestIp(),
          lease.clientMac() == null ? "any client" : lease.clientMac());
      return server;
    } catch (IOException e) {
      closeQuietly(broadcasts);
      closeQuietly(bound);
      if (e instanceof DhcpBindException bind) {
        throw new DhcpServerException(describe(bind, serverIp, plan), e);
      }
      throw new DhcpServerException(
          "cannot start the DHCP server of interface " + name + ": " + e.getMessage(), e);
    }
  }

  /** The VMI interface this server is for. */
  public String name() {
    return name;
  }

  /** Stops serving and releases the port. */
  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      thread.join(STOP_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(broadcasts);
    closeQuietly(bound);
    try {
      selector.close();
    } catch (IOException e) {
      LOG.debug("closing the selector of {}", name, e);
    }
    LOG.info("DHCP server of interface {} stopped", name);
  }

  private void serve() {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
    InetSocketAddress client =
        new InetSocketAddress(broadcastAddress(), PodNetwork.DHCP_CLIENT_PORT);
    while (running) {
      try {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          DatagramChannel channel = (DatagramChannel) key.channel();
          buffer.clear();
          while (channel.receive(buffer) != null) {
            answer(buffer, client);
            buffer.clear();
          }
        }
        selector.selectedKeys().clear();
      } catch (IOException e) {
        if (running) {
          LOG.warn("DHCP server of interface {}: {}", name, e.toString());
        }
      } catch (RuntimeException e) {
        LOG.warn("DHCP server of interface {}: {}", name, e.toString(), e);
      }
    }
  }

  private void answer(ByteBuffer buffer, SocketAddress client) throws IOException {
    DhcpMessage request;
    try {
      request = DhcpMessage.parse(buffer.array(), buffer.position());
    } catch (MalformedDhcpException e) {
      LOG.debug("DHCP server of interface {}: dropped: {}", name, e.getMessage());
      return;
    }
    Optional<DhcpMessage> reply = responder.respond(request);
    LOG.debug("DHCP {} -> {}", request, reply.orElse(null));
    if (reply.isPresent()) {
      bound.send(ByteBuffer.wrap(reply.get().encode()), client);
    }
  }

  private static DatagramChannel open(InetSocketAddress address, String name) throws IOException {
    DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
    try {
      channel.setOption(StandardSocketOptions.SO_REUSEPORT, true);
      channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
      channel.bind(address);
      channel.configureBlocking(false);
      return channel;
    } catch (BindException e) {
      channel.close();
      throw new DhcpBindException(address, e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static String describe(DhcpBindException e, String serverIp, InterfacePlan plan) {
    String prefix = "cannot start the DHCP server of interface " + plan.getName() + ": ";
    if (e.address.getAddress().isAnyLocalAddress()) {
      return prefix
          + "UDP port 67 is taken in the pod (is another DHCP server running?): "
          + e.getCause().getMessage();
    }
    return prefix
        + "cannot bind "
        + serverIp
        + ":67, is the address on bridge "
        + plan.getDhcp().getBridge()
        + "? "
        + e.getCause().getMessage();
  }

  private static InetAddress broadcastAddress() {
    try {
      return InetAddress.getByAddress(new byte[] {-1, -1, -1, -1});
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(DatagramChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("closing a DHCP socket", e);
      }
    }
  }

  /** A socket of the server could not bind its address. */
  private static final class DhcpBindException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient InetSocketAddress address;

    DhcpBindException(InetSocketAddress address, BindException cause) {
      super(cause.getMessage(), cause);
      this.address = address;
    }
  }
}
