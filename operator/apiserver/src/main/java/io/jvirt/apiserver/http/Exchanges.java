package io.jvirt.apiserver.http;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;

/** Reading request bodies and writing JSON answers and Kubernetes {@code Status} errors. */
public final class Exchanges {
  /** The one JSON (de)serializer of virt-api; it knows the jvirt and Kubernetes types. */
  public static final KubernetesSerialization JSON = new KubernetesSerialization();

  private static final int MAX_BODY = 3 * 1024 * 1024;

  private Exchanges() {}

  /** The request's path, without query. */
  public static String path(Request request) {
    return request.getHttpURI().getPath();
  }

  /** The request body as text (at most 3 MiB, as the API server's own limit). */
  public static String body(Request request) throws IOException {
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new BodyTooLarge();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** A request body over the API server's own limit: answered 413, as the API server does. */
  public static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("Request entity too large: limit is " + MAX_BODY);
    }

    /** Answers it on {@code response}. */
    public void answer(Response response) throws IOException {
      error(response, 413, "RequestEntityTooLarge", getMessage());
    }
  }

  /** Answers {@code status} with {@code object} as JSON (no body when null), waiting until sent. */
  public static void json(Response response, int status, Object object) throws IOException {
    byte[] body =
        object == null ? new byte[0] : JSON.asJson(object).getBytes(StandardCharsets.UTF_8);
    send(response, status, "application/json", body);
  }

  /** Answers {@code status} with {@code body} of {@code contentType}, waiting until sent. */
  public static void send(Response response, int status, String contentType, byte[] body)
      throws IOException {
    response.setStatus(status);
    if (body.length > 0) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    try (Blocker.Callback sent = Blocker.callback()) {
      response.write(true, ByteBuffer.wrap(body), sent);
      sent.block();
    }
  }

  /** Answers a {@code metav1.Status} failure, as the API server words errors. */
  public static void error(Response response, int code, String reason, String message)
      throws IOException {
    json(response, code, status(code, reason, message));
  }

  /** A {@code metav1.Status} failure. */
  public static Status status(int code, String reason, String message) {
    return new StatusBuilder()
        .withStatus("Failure")
        .withCode(code)
        .withReason(reason)
        .withMessage(message)
        .build();
  }
}
