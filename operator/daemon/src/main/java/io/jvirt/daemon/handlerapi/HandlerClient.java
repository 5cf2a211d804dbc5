package io.jvirt.daemon.handlerapi;

import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.tls.MutualTls;
import io.jvirt.daemon.tls.PeerIdentity;
import io.jvirt.daemon.tls.TlsSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * virt-api's client of virt-handler's mutual-TLS server: presents virt-api's client certificate,
 * accepts only a server certificate of {@link HandlerApi#SERVER_COMMON_NAME} from one of the CAs
 * its {@link TlsSource} trusts, and calls the handler by pod IP (no host name is checked: see
 * {@link io.jvirt.daemon.tls.PeerTrustManager}).
 */
public final class HandlerClient {
  /** Longest message taken from a handler's answer. */
  private static final int MAX_MESSAGE = 1024;

  private final HttpClient http;
  private final Duration timeout;

  /**
   * A client whose certificate and trusted CAs come from {@code tls}; calls last {@code timeout}.
   */
  public HandlerClient(TlsSource tls, Duration timeout, Clock clock) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .sslContext(
                MutualTls.context(tls, PeerIdentity.server(HandlerApi.SERVER_COMMON_NAME), clock))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  /**
   * {@code PUT}s {@code subresource} of the VMI to the handler at {@code address:port}; throws when
   * the handler cannot be reached or its certificate is refused.
   */
  public HandlerReply put(
      String address, int port, String namespace, String name, String subresource, String body)
      throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(address, port, HandlerApi.path(namespace, name, subresource)))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .PUT(
                body == null || body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HandlerReply(response.statusCode(), message(response.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling virt-handler", e);
    }
  }

  /**
   * {@code GET}s {@code subresource} of the VMI (the VNC screenshot) from the handler at {@code
   * address:port}: its status and body bytes; throws when the handler cannot be reached.
   */
  public HandlerBytes get(
      String address, int port, String namespace, String name, String subresource)
      throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(address, port, HandlerApi.path(namespace, name, subresource)))
            .timeout(timeout)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new HandlerBytes(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling virt-handler", e);
    }
  }

  /**
   * Opens the WebSocket stream {@code subresource} (console, vnc) of the VMI at the handler at
   * {@code address:port}, speaking {@link HandlerApi#STREAM_SUBPROTOCOL}; {@code listener} gets the
   * handler's frames. The future fails with a {@link java.net.http.WebSocketHandshakeException}
   * when the handler answers without upgrading.
   */
  public CompletableFuture<WebSocket> stream(
      String address,
      int port,
      String namespace,
      String name,
      String subresource,
      WebSocket.Listener listener) {
    URI https = uri(address, port, HandlerApi.path(namespace, name, subresource));
    return http.newWebSocketBuilder()
        .subprotocols(HandlerApi.STREAM_SUBPROTOCOL)
        .connectTimeout(timeout)
        .buildAsync(URI.create("wss" + https.toString().substring("https".length())), listener);
  }

  /** {@code https://address:port/path}, with an IPv6 address in brackets. */
  public static URI uri(String address, int port, String path) {
    String host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    return URI.create("https://" + host + ":" + port + path);
  }

  private static String message(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text;
  }
}
