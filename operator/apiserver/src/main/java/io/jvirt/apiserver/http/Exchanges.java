package io.jvirt.apiserver.http;

import com.sun.net.httpserver.HttpExchange;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading request bodies and writing JSON answers and Kubernetes {@code Status} errors. */
public final class Exchanges {
  /** The one JSON (de)serializer of virt-api; it knows the jvirt and Kubernetes types. */
  public static final KubernetesSerialization JSON = new KubernetesSerialization();

  private static final int MAX_BODY = 3 * 1024 * 1024;

  private Exchanges() {}

  /** The request body as text (at most 3 MiB, as the API server's own limit). */
  public static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new IOException("request body larger than " + MAX_BODY + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Answers {@code status} with {@code object} as JSON (no body when null). */
  public static void json(HttpExchange exchange, int status, Object object) throws IOException {
    byte[] body =
        object == null ? new byte[0] : JSON.asJson(object).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  /** Answers a {@code metav1.Status} failure, as the API server words errors. */
  public static void error(HttpExchange exchange, int code, String reason, String message)
      throws IOException {
    Status status =
        new StatusBuilder()
            .withStatus("Failure")
            .withCode(code)
            .withReason(reason)
            .withMessage(message)
            .build();
    json(exchange, code, status);
  }
}
