package io.jvirt.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** An HTTPS server of the test process, for the API server to call (webhooks, aggregated APIs). */
final class TestHttpsServer implements AutoCloseable {
  private final HttpsServer server;

  TestHttpsServer(String address, TestCertificates certificates, HttpHandler handler) {
    try {
      server = HttpsServer.create(new InetSocketAddress(address, 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setHttpsConfigurator(new HttpsConfigurator(certificates.serverContext()));
    server.createContext("/", handler);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
