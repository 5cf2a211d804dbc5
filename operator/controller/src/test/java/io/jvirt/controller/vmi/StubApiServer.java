package io.jvirt.controller.vmi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for the API server: records every request, accepts creations by
 * echoing them back (or refuses pod creations when told), and knows nothing else.
 */
final class StubApiServer implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(String method, String path, String query, String contentType) {}

  private static final String FORBIDDEN =
      "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\","
          + "\"message\":\"exceeded quota\",\"code\":403}";
  private static final String NOT_FOUND =
      "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\","
          + "\"code\":404}";

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile boolean refusePods;

  StubApiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Whether pod creations are refused with 403, as a namespace over its quota does. */
  void refusePods(boolean refuse) {
    refusePods = refuse;
  }

  /** Every request so far, in order. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The POSTs to {@code path} so far. */
  long posts(String path) {
    return requests.stream()
        .filter(r -> "POST".equals(r.method()) && path.equals(r.path()))
        .count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    requests.add(
        new Request(
            method,
            path,
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders().getFirst("Content-Type")));
    int code;
    String answer;
    if ("PATCH".equals(method)) {
      code = 200;
      answer = body;
    } else if (!"POST".equals(method)) {
      code = 404;
      answer = NOT_FOUND;
    } else if (refusePods && path.endsWith("/pods")) {
      code = 403;
      answer = FORBIDDEN;
    } else {
      code = 201;
      answer = body;
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
