package io.jvirt.cdi.uploadproxy;

import io.jvirt.apiserver.http.Exchanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Response;

/** Plain-text answers, as upstream's upload proxy gives them. */
final class Replies {
  private Replies() {}

  /** Answers {@code status} with {@code message}. */
  static void text(Response response, int status, String message) throws IOException {
    Exchanges.send(
        response, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
  }
}
