package io.jvirt.daemon.handlerapi;

import java.nio.charset.StandardCharsets;

/** What virt-handler answered a {@code GET}: its status and body (an image, or why not). */
public record HandlerBytes(int status, byte[] body) {
  /** True for a 2xx status. */
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The body as the one-line text of a refusal. */
  public String message() {
    return new String(body, StandardCharsets.UTF_8).strip();
  }
}
