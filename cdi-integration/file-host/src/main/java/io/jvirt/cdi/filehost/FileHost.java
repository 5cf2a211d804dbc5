package io.jvirt.cdi.filehost;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A running file host: the JDK's HTTP server with the file handler at / and {@code /healthz}. */
public final class FileHost implements AutoCloseable {
  /** Answers 200 while the server runs, for a readiness probe. */
  public static final String HEALTH_PATH = "/healthz";

  // a few concurrent downloads; a probe must not wait behind a multi-GiB transfer
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService executor;

  private FileHost(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Serves the directory {@code root} on {@code port} (0 for any free port). */
  public static FileHost start(Path root, int port) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a directory: " + root);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(executor);
    server.createContext("/", new FileHandler(root.toRealPath()));
    server.createContext(HEALTH_PATH, FileHost::health);
    server.start();
    return new FileHost(server, executor);
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void health(HttpExchange exchange) throws IOException {
    byte[] body = "ok\n".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
