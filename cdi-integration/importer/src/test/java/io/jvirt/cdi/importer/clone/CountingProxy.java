package io.jvirt.cdi.importer.clone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/** Test helper: a TCP relay counting the bytes clients send, HTTP framing included. */
final class CountingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final AtomicLong sent = new AtomicLong();

  private CountingProxy(ServerSocket listener, int targetPort) {
    this.listener = listener;
    this.targetPort = targetPort;
  }

  /** Relays a free local port to {@code targetPort} on loopback. */
  static CountingProxy to(int targetPort) throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.bind(new InetSocketAddress("127.0.0.1", 0));
    CountingProxy proxy = new CountingProxy(listener, targetPort);
    daemon(proxy::accept);
    return proxy;
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Bytes clients sent through so far. */
  long sent() {
    return sent.get();
  }

  private void accept() {
    try {
      while (true) {
        Socket client = listener.accept();
        Socket server = new Socket("127.0.0.1", targetPort);
        daemon(() -> pump(client, server, sent));
        daemon(() -> pump(server, client, new AtomicLong()));
      }
    } catch (IOException e) {
      // closed
    }
  }

  private static void pump(Socket from, Socket to, AtomicLong count) {
    byte[] buffer = new byte[65536];
    // closing a socket's stream closes the socket, and the other direction with it
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        count.addAndGet(n);
      }
      to.shutdownOutput();
    } catch (IOException e) {
      // either side went away
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "counting-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
