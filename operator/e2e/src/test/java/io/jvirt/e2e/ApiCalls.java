package io.jvirt.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plain HTTP calls to the API server as a chosen subject (impersonated by the admin, or with no
 * credentials at all), answering the status code and the body as JSON, whatever the code.
 */
final class ApiCalls implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final String server;

  private ApiCalls(KubernetesClient client) {
    this.client = client;
    String master = client.getConfiguration().getMasterUrl();
    this.server = master.endsWith("/") ? master.substring(0, master.length() - 1) : master;
  }

  /** Calls as {@code user} in {@code groups}, impersonated by {@code admin}. */
  static ApiCalls as(KubernetesClient admin, String user, List<String> groups) {
    return as(admin, user, groups, false);
  }

  /**
   * As above, over HTTP/1.1 when {@code http1}: the JDK's HTTP/2 client can stall sending a body
   * the server has already refused (a 413 while the upload is still going).
   */
  static ApiCalls as(KubernetesClient admin, String user, List<String> groups, boolean http1) {
    Config config =
        new ConfigBuilder(admin.getConfiguration())
            .withImpersonateUsername(user)
            .withImpersonateGroups(groups.toArray(String[]::new))
            .withHttp2Disable(http1)
            .build();
    return new ApiCalls(new KubernetesClientBuilder().withConfig(config).build());
  }

  /** Calls with no credentials: the server's CA is trusted, nothing else is sent. */
  static ApiCalls anonymous(KubernetesClient admin) {
    Config known = admin.getConfiguration();
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(known.getMasterUrl())
            .withCaCertData(known.getCaCertData())
            .withCaCertFile(known.getCaCertFile())
            // the API server answers unauthenticated HTTP/2 clients with a GOAWAY (a DoS guard)
            .withHttp2Disable(true)
            .build();
    return new ApiCalls(new KubernetesClientBuilder().withConfig(config).build());
  }

  /** One answer: the status code and the body, parsed when it is JSON. */
  record Answer(int code, JsonNode body, String text) {}

  /** {@code method} on {@code path} (from the server root) with a JSON {@code body} or none. */
  Answer call(String method, String path, String body) {
    HttpClient http = client.getHttpClient();
    HttpRequest.Builder request =
        http.newHttpRequestBuilder()
            .uri(server + path)
            .header("Accept", "application/json")
            .timeout(30, TimeUnit.SECONDS);
    if (body != null) {
      request.method(method, "application/json", body);
    } else if (!method.equals("GET")) {
      request.method(method, "application/json", "");
    }
    try {
      HttpResponse<String> response =
          http.sendAsync(request.build(), String.class).get(40, TimeUnit.SECONDS);
      return new Answer(response.code(), parse(response.body()), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new UncheckedIOException(new IOException(method + " " + path + " failed", e));
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
