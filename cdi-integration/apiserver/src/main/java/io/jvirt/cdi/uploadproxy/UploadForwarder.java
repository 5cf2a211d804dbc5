package io.jvirt.cdi.uploadproxy;

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
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

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
   * Sends {@code exchange}'s body to {@code url} and relays status and body to {@code reply}; an
   * upload server that cannot be reached is answered with 502 as a reverse proxy does.
   */
  public void forward(Request exchange, Response reply, String url) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(exchange.getMethod(), body(exchange));
    String contentType = exchange.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), BodyHandlers.ofInputStream());
    } catch (IOException e) {
      Replies.text(reply, 502, "error in upload-proxy: " + e.getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Replies.text(reply, 502, "error in upload-proxy: interrupted");
      return;
    }
    relay(reply, response);
  }

  private static BodyPublisher body(Request exchange) {
    long length = exchange.getLength();
    if (length == 0) {
      return BodyPublishers.noBody();
    }
    BodyPublisher stream =
        BodyPublishers.ofInputStream(() -> Content.Source.asInputStream(exchange));
    // a known length goes on as Content-Length (the upload server sizes the image by it)
    return length > 0 ? BodyPublishers.fromPublisher(stream, length) : stream;
  }

  private static void relay(Response reply, HttpResponse<InputStream> response) throws IOException {
    reply.setStatus(response.statusCode());
    response
        .headers()
        .firstValue("Content-Type")
        .ifPresent(type -> reply.getHeaders().put(HttpHeader.CONTENT_TYPE, type));
    response
        .headers()
        .firstValueAsLong("Content-Length")
        .ifPresent(length -> reply.getHeaders().put(HttpHeader.CONTENT_LENGTH, length));
    // closing the stream ends the answer
    try (InputStream in = response.body();
        OutputStream out = Content.Sink.asOutputStream(reply)) {
      in.transferTo(out);
    }
  }
}
