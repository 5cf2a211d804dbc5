package io.jvirt.cdi.filehost;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * GET and HEAD of the regular files under a root, streamed; {@code <file>.gz} of a file without one
 * is its gzip form, compressed while sent (so the importer's decompression meets real gzip).
 */
final class FileHandler implements HttpHandler {
  private static final String GZIP_SUFFIX = ".gz";
  private static final int BUFFER = 64 * 1024;

  private final Path root;

  /** Serves under {@code root}, a real path (no symbolic links in it). */
  FileHandler(Path root) {
    this.root = root;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      boolean head = "HEAD".equals(method);
      if (!head && !"GET".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        text(exchange, 405, "only GET and HEAD");
        return;
      }
      Optional<Path> requested = resolve(exchange.getRequestURI().getPath());
      if (requested.isEmpty()) {
        text(exchange, 400, "bad path");
        return;
      }
      Path path = requested.get();
      Optional<Path> file = regularFile(path);
      if (file.isPresent()) {
        send(exchange, file.get(), head);
        return;
      }
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      Optional<Path> plain =
          name.endsWith(GZIP_SUFFIX)
              ? regularFile(
                  path.resolveSibling(name.substring(0, name.length() - GZIP_SUFFIX.length())))
              : Optional.empty();
      if (plain.isPresent()) {
        sendGzip(exchange, plain.get(), head);
        return;
      }
      text(exchange, 404, "not found");
    } finally {
      exchange.close();
    }
  }

  /** The path under the root a request names; empty when it climbs out or is not a path. */
  Optional<Path> resolve(String requestPath) {
    if (requestPath == null || !requestPath.startsWith("/")) {
      return Optional.empty();
    }
    for (String segment : requestPath.split("/")) {
      if ("..".equals(segment)) {
        return Optional.empty();
      }
    }
    try {
      Path path = root.resolve(requestPath.substring(1)).normalize();
      return path.startsWith(root) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** {@code path} when it is a regular file whose real path stays under the root. */
  private Optional<Path> regularFile(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    // a symbolic link inside the root must not publish a file outside it
    Path real = path.toRealPath();
    return real.startsWith(root) ? Optional.of(real) : Optional.empty();
  }

  private static void send(HttpExchange exchange, Path file, boolean head) throws IOException {
    long size = Files.size(file);
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    if (head || size == 0) {
      // the JDK server sends no Content-Length of its own for HEAD (-1 means no body)
      exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, size);
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = exchange.getResponseBody()) {
      in.transferTo(out);
    }
  }

  private static void sendGzip(HttpExchange exchange, Path file, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/gzip");
    if (head) {
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    // 0: chunked, the compressed length is known only at the end
    exchange.sendResponseHeaders(200, 0);
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = new GZIPOutputStream(exchange.getResponseBody(), BUFFER)) {
      in.transferTo(out);
    }
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
