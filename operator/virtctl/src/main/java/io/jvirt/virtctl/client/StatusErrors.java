package io.jvirt.virtctl.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Turns an error response into an {@link ApiException} carrying the server's own message. */
public final class StatusErrors {
  private static final int MAX_TEXT_LENGTH = 300;

  private StatusErrors() {}

  /**
   * Reads {@code body} as a metav1.Status; a body that is not one still yields a message.
   *
   * @param code the HTTP status code
   * @param body the response body, possibly null or empty
   */
  public static ApiException fromResponse(int code, String body) {
    String text = body == null ? "" : body.trim();
    if (text.startsWith("{")) {
      try {
        JsonNode status = Json.tree(text);
        String message = status.path("message").asText("");
        String reason = status.path("reason").asText(null);
        if (!message.isBlank()) {
          return new ApiException(code, reason, oneLine(message));
        }
        if (reason != null && !reason.isBlank()) {
          return new ApiException(code, reason, fallback(code) + " (" + reason + ")");
        }
      } catch (JsonProcessingException e) {
        // not JSON after all: show the text itself
      }
    }
    if (text.isEmpty()) {
      return new ApiException(code, null, fallback(code));
    }
    String line = oneLine(text);
    if (line.length() > MAX_TEXT_LENGTH) {
      line = line.substring(0, MAX_TEXT_LENGTH) + "...";
    }
    return new ApiException(code, null, line);
  }

  private static String fallback(int code) {
    return "the server responded with HTTP status " + code;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
