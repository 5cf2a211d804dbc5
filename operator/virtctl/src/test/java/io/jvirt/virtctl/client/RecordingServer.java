package io.jvirt.virtctl.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server standing in for the API server: records requests, answers as told. */
final class RecordingServer implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(String method, String path, String authorization, String body, boolean upgrade) {}

  /** One canned answer. */
  record Answer(int code, String body) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile Answer answer = new Answer(202, "");

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Makes every following request get this status and body. */
  void answer(int code, String body) {
    answer = new Answer(code, body);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Writes a kubeconfig for this server with a bearer token and two contexts. */
  Path kubeconfig(Path dir) throws IOException {
    return writeKubeconfig(dir, url());
  }

  static Path writeKubeconfig(Path dir, String serverUrl) throws IOException {
    String yaml =
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: main",
            "clusters:",
            "- name: local",
            "  cluster:",
            "    server: " + serverUrl,
            "contexts:",
            "- name: main",
            "  context:",
            "    cluster: local",
            "    user: tester",
            "    namespace: team-a",
            "- name: bare",
            "  context:",
            "    cluster: local",
            "    user: tester",
            "users:",
            "- name: tester",
            "  user:",
            "    token: secret-token",
            "");
    Path file = dir.resolve("kubeconfig");
    Files.writeString(file, yaml);
    return file;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = exchange.getRequestHeaders();
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body,
            headers.containsKey("Upgrade")));
    Answer current = answer;
    byte[] bytes = current.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(current.code(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
