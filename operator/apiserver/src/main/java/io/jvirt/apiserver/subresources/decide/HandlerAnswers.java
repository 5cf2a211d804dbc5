package io.jvirt.apiserver.subresources.decide;

import java.util.Optional;

/**
 * What virt-api answers when it passes a VMI call on to virt-handler: nothing of its own when the
 * handler did it (virt-api answers 200), the handler's status and message when it refused (a 409
 * stays a 409 with the handler's words), 503 naming the node when no handler could be asked.
 */
public final class HandlerAnswers {
  private static final int INTERNAL = 500;
  private static final int UNAVAILABLE = 503;

  private HandlerAnswers() {}

  /** The refusal to answer for the handler's {@code status} and {@code message}; empty on 2xx. */
  public static Optional<LifecyclePlan.Reject> reply(
      int status, String message, String node, String subresource) {
    if (status >= 200 && status < 300) {
      return Optional.empty();
    }
    String text =
        message == null || message.isBlank()
            ? "virt-handler on node " + node + " answered " + status + " to " + subresource
            : message.strip();
    if (status < 400 || status > 599) {
      return Optional.of(new LifecyclePlan.Reject(INTERNAL, reason(INTERNAL), text));
    }
    return Optional.of(new LifecyclePlan.Reject(status, reason(status), text));
  }

  /** No virt-handler pod runs on {@code node} (or the VMI has no node). */
  public static LifecyclePlan.Reject noHandler(String node, String subresource) {
    return unavailable("no virt-handler runs on node " + node + " to " + subresource + " the VMI");
  }

  /** The node's virt-handler pod has no IP yet (it is starting). */
  public static LifecyclePlan.Reject noAddress(String node) {
    return unavailable("virt-handler on node " + node + " has no pod IP yet");
  }

  /** The handler could not be reached, or the TLS handshake with it failed, for {@code cause}. */
  public static LifecyclePlan.Reject unreachable(String node, String cause) {
    return unavailable("virt-handler on node " + node + " is unreachable: " + firstLine(cause));
  }

  /** jvirt does not pass {@code subresource} on to virt-handler yet. */
  public static LifecyclePlan.Reject notServed(String node, String subresource) {
    return unavailable("virt-handler on node " + node + " does not serve " + subresource + " yet");
  }

  /** The Kubernetes {@code Status} reason of an HTTP error {@code code}. */
  public static String reason(int code) {
    return switch (code) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 405 -> "MethodNotAllowed";
      case 409 -> "Conflict";
      case 422 -> "Invalid";
      case 429 -> "TooManyRequests";
      case 503 -> "ServiceUnavailable";
      case 504 -> "Timeout";
      default -> code >= 500 ? "InternalError" : "BadRequest";
    };
  }

  private static LifecyclePlan.Reject unavailable(String message) {
    return new LifecyclePlan.Reject(UNAVAILABLE, reason(UNAVAILABLE), message);
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "no reason given";
    }
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
