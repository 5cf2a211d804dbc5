package io.jvirt.apiserver.subresources;

import java.util.Optional;

/**
 * The target of a streaming subresource request: the VMI's {@code console} or {@code vnc}, or
 * {@code portforward/{port}[/{protocol}]} of a VMI or VM.
 *
 * @param path the resource, name and subresource
 * @param port the guest port of a port-forward (0 otherwise)
 * @param protocol {@code tcp} or {@code udp} for a port-forward (empty otherwise)
 */
public record StreamTarget(SubresourcePath path, int port, String protocol) {
  /** The subresource of port-forwards. */
  public static final String PORT_FORWARD = "portforward";

  /** The parts of {@code requestPath}, or empty when it names no stream virt-api serves. */
  public static Optional<StreamTarget> parse(String requestPath) {
    String trimmed = requestPath.replaceAll("/+$", "");
    int forward = trimmed.indexOf("/" + PORT_FORWARD + "/");
    if (forward < 0) {
      return SubresourcePath.parse(trimmed)
          .filter(p -> "virtualmachineinstances".equals(p.resource()))
          .filter(p -> "console".equals(p.subresource()) || "vnc".equals(p.subresource()))
          .map(p -> new StreamTarget(p, 0, ""));
    }
    String[] tail = trimmed.substring(forward + PORT_FORWARD.length() + 2).split("/");
    Optional<SubresourcePath> head =
        SubresourcePath.parse(trimmed.substring(0, forward + PORT_FORWARD.length() + 1))
            .filter(
                p ->
                    "virtualmachineinstances".equals(p.resource())
                        || "virtualmachines".equals(p.resource()));
    if (head.isEmpty() || tail.length > 2 || !tail[0].matches("[0-9]{1,5}")) {
      return Optional.empty();
    }
    int port = Integer.parseInt(tail[0]);
    String protocol = tail.length == 2 ? tail[1] : "tcp";
    if (port < 1 || port > 65535) {
      return Optional.empty();
    }
    return Optional.of(new StreamTarget(head.get(), port, protocol));
  }
}
