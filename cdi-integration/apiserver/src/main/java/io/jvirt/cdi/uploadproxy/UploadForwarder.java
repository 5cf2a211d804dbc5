package io.jvirt.cdi.uploadproxy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Streams an upload to the upload server and its answer back, never holding the body in memory:
 * images are GiBs, so the transfer has no timeout, only the connection attempt has.
 */
public final class UploadForwarder {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          // the upload server speaks plain HTTP/1.1; no h2c upgrade attempt
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * Sends {@code exchange}'s body to {@code url} and relays status and body; an upload server that
   * cannot be reached is answered with 502 as a reverse proxy does.
   */
  public void forward(HttpExchange exchange, String url) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(exchange.getRequestMethod(), body(exchange));
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), BodyHandlers.ofInputStream());
    } catch (IOException e) {
      Replies.text(exchange, 502, "error in upload-proxy: " + e.getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Replies.text(exchange, 502, "error in upload-proxy: interrupted");
      return;
    }
    relay(exchange, response);
  }

  private static BodyPublisher body(HttpExchange exchange) {
    OptionalLong length = contentLength(exchange);
    if (length.isPresent() && length.getAsLong() == 0) {
      return BodyPublishers.noBody();
    }
    BodyPublisher stream = BodyPublishers.ofInputStream(exchange::getRequestBody);
    // a known length goes on as Content-Length (the upload server sizes the image by it)
    return length.isPresent() ? BodyPublishers.fromPublisher(stream, length.getAsLong()) : stream;
  }

  private static OptionalLong contentLength(HttpExchange exchange) {
    String value = exchange.getRequestHeaders().getFirst("Content-Length");
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void relay(HttpExchange exchange, HttpResponse<InputStream> response)
      throws IOException {
    response
        .headers()
        .firstValue("Content-Type")
        .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    // HttpExchange: 0 means chunked, -1 means no body
    exchange.sendResponseHeaders(response.statusCode(), length == 0 ? -1 : length < 0 ? 0 : length);
    try (InputStream in = response.body();
        OutputStream out = exchange.getResponseBody()) {
      in.transferTo(out);
    }
    exchange.close();
  }
}
