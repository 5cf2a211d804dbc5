package io.jvirt.handler.rest.decide;

import io.jvirt.contract.HandlerApi;

/**
 * Which of virt-handler's endpoints a request names: a VMI {@link Command}, or a {@link Refusal}
 * with the status to answer (404 unknown path, 405 wrong method).
 */
public sealed interface Route {

  /** The commands virt-api may send (upstream's {@code PUT} lifecycle endpoints). */
  enum Kind {
    PAUSE,
    UNPAUSE,
    SOFT_REBOOT
  }

  /** Run {@code kind} on VMI {@code namespace/name}. */
  record Command(Kind kind, String namespace, String name) implements Route {}

  /** Answer {@code status} with {@code message}. */
  record Refusal(int status, String message) implements Route {}

  /** The route of {@code method} on {@code path}. */
  static Route of(String method, String path) {
    var target = HandlerApi.parse(path).orElse(null);
    if (target == null) {
      return new Refusal(404, "the server could not find the requested resource");
    }
    Kind kind =
        switch (target.subresource()) {
          case "pause" -> Kind.PAUSE;
          case "unpause" -> Kind.UNPAUSE;
          case "softreboot" -> Kind.SOFT_REBOOT;
          default -> null;
        };
    if (kind == null && HandlerApi.CONSOLE.equals(target.subresource())) {
      return new Refusal(400, "console is a WebSocket stream: the request must upgrade");
    }
    if (kind == null) {
      return new Refusal(404, target.subresource() + " is not served by this virt-handler");
    }
    if (!"PUT".equals(method)) {
      return new Refusal(405, method + " is not allowed on " + target.subresource());
    }
    return new Command(kind, target.namespace(), target.name());
  }
}
