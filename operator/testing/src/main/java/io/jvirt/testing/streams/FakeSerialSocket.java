package io.jvirt.testing.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A launcher's serial socket as QEMU serves it: each connection echoes what it receives. */
public final class FakeSerialSocket implements AutoCloseable {
  private final ServerSocketChannel server;
  private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();
  private final List<SocketChannel> ended = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  /** Listens on {@code socket}, its directories made. */
  public FakeSerialSocket(Path socket) {
    try {
      Files.createDirectories(socket.getParent());
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::accept, "fake-serial-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Connections accepted so far. */
  public List<SocketChannel> connections() {
    return connections;
  }

  /** Connections whose peer (virt-handler) has hung up. */
  public List<SocketChannel> ended() {
    return ended;
  }

  /** The guest goes away: closes every connection. */
  public void hangUp() throws IOException {
    for (SocketChannel connection : connections) {
      connection.close();
    }
  }

  private void accept() {
    try {
      while (true) {
        SocketChannel connection = server.accept();
        connections.add(connection);
        Thread echo = new Thread(() -> echo(connection), "fake-serial-echo");
        echo.setDaemon(true);
        echo.start();
      }
    } catch (IOException e) {
      // closed
    }
  }

  private void echo(SocketChannel connection) {
    ByteBuffer buffer = ByteBuffer.allocate(1024);
    try {
      while (connection.read(buffer) >= 0) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          connection.write(buffer);
        }
        buffer.clear();
      }
      ended.add(connection);
      connection.close();
    } catch (IOException e) {
      // closed here
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    hangUp();
  }
}
