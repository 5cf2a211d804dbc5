package io.jvirt.node.rpc;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollIoHandler;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * gRPC over unix domain sockets (Netty's epoll transport, bundled in grpc-netty-shaded): the
 * transport of the device-plugin API and of the handler ↔ launcher protocol.
 */
public final class UnixSockets {
  /** Longest path a unix socket address holds (sun_path, with its terminating NUL). */
  public static final int MAX_PATH = 107;

  private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.log.";
  private static final String NETTY_BOOTSTRAP = "io.grpc.netty.shaded.io.netty.bootstrap.";

  static {
    // grpc-netty sets SO_KEEPALIVE on every channel it opens, an option unix sockets lack, and
    // Netty warns about it on each connection. Quiet those two loggers (with slf4j-simple, unless
    // the process configured them) before Netty creates them.
    for (String bootstrap : List.of("Bootstrap", "ServerBootstrap")) {
      String level = SIMPLE_LOGGER + NETTY_BOOTSTRAP + bootstrap;
      if (System.getProperty(level) == null) {
        System.setProperty(level, "error");
      }
    }
  }

  private static final EventLoopGroup EVENT_LOOPS =
      new MultiThreadIoEventLoopGroup(
          2, new DefaultThreadFactory("grpc-unix", true), EpollIoHandler.newFactory());

  private UnixSockets() {}

  /**
   * Serves {@code services} on {@code socket}, replacing a stale socket file left by an earlier
   * process; the parent directory is created when missing.
   */
  public static Server serve(Path socket, BindableService... services) {
    checkLength(socket);
    try {
      Files.createDirectories(socket.toAbsolutePath().getParent());
      Files.deleteIfExists(socket);
      NettyServerBuilder builder =
          NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()))
              .channelType(EpollServerDomainSocketChannel.class)
              .bossEventLoopGroup(EVENT_LOOPS)
              .workerEventLoopGroup(EVENT_LOOPS);
      for (BindableService service : services) {
        builder.addService(service);
      }
      return builder.build().start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve gRPC on " + socket, e);
    }
  }

  /** A channel to the gRPC server on {@code socket} (connects lazily). */
  public static ManagedChannel channel(Path socket) {
    checkLength(socket);
    return NettyChannelBuilder.forAddress(new DomainSocketAddress(socket.toString()))
        .channelType(EpollDomainSocketChannel.class)
        .eventLoopGroup(EVENT_LOOPS)
        .usePlaintext()
        .build();
  }

  private static void checkLength(Path socket) {
    if (socket.toString().length() > MAX_PATH) {
      throw new IllegalArgumentException(
          "unix socket path longer than " + MAX_PATH + " characters: " + socket);
    }
  }
}
