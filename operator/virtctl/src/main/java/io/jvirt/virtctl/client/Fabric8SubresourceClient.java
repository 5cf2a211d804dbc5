package io.jvirt.virtctl.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.WebSocket;
import io.fabric8.kubernetes.client.http.WebSocketHandshakeException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link SubresourceClient} over the fabric8 client's own HTTP client, so every request carries the
 * kubeconfig's credentials (bearer token, client certificate, exec plugin) and TLS settings.
 */
public final class Fabric8SubresourceClient implements SubresourceClient {
  /** Path of the subresource API below the master URL. */
  public static final String API_PATH = "/apis/subresources.kubevirt.io/v1";

  /** WebSocket subprotocol of the serial console: raw bytes each way. */
  public static final String CONSOLE_SUBPROTOCOL = "plain.kubevirt.io";

  /** How long a port-forward's or VNC's upgrade may take (virt-api dials first). */
  private static final Duration PORT_FORWARD_TIMEOUT = Duration.ofSeconds(30);

  private static final String JSON = "application/json";

  private final HttpClient http;
  private final String server;
  private final String base;
  private final long requestTimeoutMillis;

  public Fabric8SubresourceClient(KubernetesClient client) {
    this(
        client.getHttpClient(),
        client.getMasterUrl(),
        client.getConfiguration().getRequestTimeout());
  }

  /**
   * Creates the client.
   *
   * @param requestTimeoutMillis how long a request may take; null or not positive for no limit
   */
  Fabric8SubresourceClient(HttpClient http, URL masterUrl, Integer requestTimeoutMillis) {
    this.http = http;
    this.requestTimeoutMillis = requestTimeoutMillis == null ? 0 : requestTimeoutMillis;
    String master = masterUrl.toString();
    this.server = master.endsWith("/") ? master.substring(0, master.length() - 1) : master;
    this.base = server + API_PATH;
  }

  @Override
  public String put(String namespace, String plural, String name, String subresource, Object body) {
    HttpRequest.Builder request =
        http.newHttpRequestBuilder()
            .uri(url(namespace, plural, name, subresource))
            .header("Accept", JSON)
            .put(JSON, Json.write(body));
    return successBody(send(request));
  }

  @Override
  public VersionInfo getVersion() {
    String body =
        successBody(
            send(http.newHttpRequestBuilder().uri(base + "/version").header("Accept", JSON)));
    try {
      return Json.read(body, VersionInfo.class);
    } catch (JsonProcessingException e) {
      throw new ApiException(200, null, "the server sent a version that is not JSON: " + body);
    }
  }

  @Override
  public ConsoleStream openConsole(
      String namespace, String name, Duration timeout, OutputStream guestOutput) {
    return openStream(
        URI.create(url(namespace, "virtualmachineinstances", name, "console")),
        timeout,
        guestOutput);
  }

  @Override
  public ConsoleStream openPortForward(
      String namespace, String plural, String name, int port, OutputStream guestOutput) {
    return openStream(
        URI.create(url(namespace, plural, name, "portforward/" + port)),
        PORT_FORWARD_TIMEOUT,
        guestOutput);
  }

  @Override
  public byte[] getBytes(String namespace, String plural, String name, String subresource) {
    HttpRequest.Builder request =
        http.newHttpRequestBuilder().uri(url(namespace, plural, name, subresource));
    if (requestTimeoutMillis > 0) {
      request.timeout(requestTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    HttpResponse<byte[]> response;
    try {
      response = http.sendAsync(request.build(), byte[].class).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionFailedException(server, e);
    } catch (ExecutionException e) {
      throw Fabric8Errors.translate(e, server);
    }
    if (response.code() < 200 || response.code() >= 300) {
      throw StatusErrors.fromResponse(
          response.code(),
          response.body() == null ? null : new String(response.body(), StandardCharsets.UTF_8));
    }
    return response.body() == null ? new byte[0] : response.body();
  }

  @Override
  public ConsoleStream openVnc(String namespace, String name, OutputStream output) {
    return openStream(
        URI.create(url(namespace, "virtualmachineinstances", name, "vnc")),
        PORT_FORWARD_TIMEOUT,
        output);
  }

  private ConsoleStream openStream(URI uri, Duration timeout, OutputStream guestOutput) {
    WebSocketConsoleStream stream = new WebSocketConsoleStream(guestOutput);
    try {
      WebSocket socket =
          http.newWebSocketBuilder()
              .uri(uri)
              .subprotocol(CONSOLE_SUBPROTOCOL)
              .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .buildAsync(stream)
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      stream.connected(socket);
      return stream;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionFailedException(server, e);
    } catch (TimeoutException e) {
      throw new ConnectionFailedException(
          server,
          new TimeoutException("Timeout trying to connect to the virtual machine instance"));
    } catch (ExecutionException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof WebSocketHandshakeException refused) {
          throw refusal(uri, refused.getResponse().code());
        }
      }
      throw Fabric8Errors.translate(e, server);
    }
  }

  /** Reads why the upgrade was refused: the same URL fetched plainly returns the Status. */
  private ApiException refusal(URI uri, int code) {
    HttpResponse<String> plain = send(http.newHttpRequestBuilder().uri(uri).header("Accept", JSON));
    if (plain.code() == code) {
      return StatusErrors.fromResponse(code, plain.body());
    }
    return StatusErrors.fromResponse(code, null);
  }

  private String url(String namespace, String plural, String name, String subresource) {
    return base
        + "/namespaces/"
        + segment(namespace)
        + "/"
        + plural
        + "/"
        + segment(name)
        + "/"
        + subresource;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (requestTimeoutMillis > 0) {
      request.timeout(requestTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    try {
      return http.sendAsync(request.build(), String.class).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionFailedException(server, e);
    } catch (ExecutionException e) {
      throw Fabric8Errors.translate(e, server);
    }
  }

  private static String successBody(HttpResponse<String> response) {
    if (!response.isSuccessful()) {
      throw StatusErrors.fromResponse(response.code(), response.body());
    }
    return response.body() == null ? "" : response.body();
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters. */
  static String segment(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
