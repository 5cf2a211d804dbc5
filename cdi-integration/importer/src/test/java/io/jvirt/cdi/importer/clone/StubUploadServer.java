package io.jvirt.cdi.importer.clone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Test helper: a stand-in upload server that gunzips one body and gives a fixed answer. */
final class StubUploadServer implements AutoCloseable {
  /** What the stub saw of the last request. */
  record Received(byte[] body, String transferEncoding, String contentLength) {}

  /** Runs before the answer, on the server's thread. */
  interface BeforeAnswer {
    void run() throws Exception;
  }

  private final HttpServer server;
  private volatile Received received;

  private StubUploadServer(HttpServer server) {
    this.server = server;
  }

  /** Serves on {@code port} (0 for any), answering {@code status} with {@code text}. */
  static StubUploadServer start(int port, int status, String text, BeforeAnswer before)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    StubUploadServer stub = new StubUploadServer(server);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            stub.receive(exchange);
            before.run();
            answer(exchange, status, text);
          } catch (Exception e) {
            throw new IOException(e);
          }
        });
    server.start();
    return stub;
  }

  static StubUploadServer start(int port, int status, String text) throws IOException {
    return start(port, status, text, () -> {});
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (InputStream gz = new GZIPInputStream(exchange.getRequestBody())) {
      received =
          new Received(
              gz.readAllBytes(),
              exchange.getRequestHeaders().getFirst("Transfer-Encoding"),
              exchange.getRequestHeaders().getFirst("Content-Length"));
    }
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  Received received() {
    return received;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
