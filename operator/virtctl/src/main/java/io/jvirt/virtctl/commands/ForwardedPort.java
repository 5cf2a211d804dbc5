package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import java.util.Locale;

/**
 * A {@code [protocol/]localPort[:targetPort]} argument of {@code port-forward}, as upstream parses
 * it.
 *
 * @param protocol {@code tcp} (the default) or {@code udp}
 * @param local the local port (0 picks a free one)
 * @param remote the guest's port
 */
record ForwardedPort(String protocol, int local, int remote) {
  /** Parses {@code arg}; a bad one fails naming it. */
  static ForwardedPort parse(String arg) {
    String protocol = "tcp";
    String ports = arg;
    int slash = arg.indexOf('/');
    if (slash >= 0) {
      protocol = arg.substring(0, slash).toLowerCase(Locale.ROOT);
      ports = arg.substring(slash + 1);
    }
    String[] parts = ports.split(":");
    if (ports.isEmpty() || parts.length > 2 || parts[0].isEmpty()) {
      throw new CommandFailedException(
          "invalid port '" + arg + "', missing local and/or remote port");
    }
    int local = port(arg, parts[0]);
    int remote = parts.length == 2 ? port(arg, parts[1]) : local;
    if (remote == 0) {
      throw new CommandFailedException("invalid port '" + arg + "': the target port cannot be 0");
    }
    return new ForwardedPort(protocol, local, remote);
  }

  private static int port(String arg, String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new CommandFailedException(
          "invalid port '" + arg + "': " + text + " is not a port number");
    }
  }
}
