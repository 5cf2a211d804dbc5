package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code type/name[/namespace]} argument of {@code port-forward}, {@code ssh} and {@code scp},
 * as upstream parses it.
 *
 * @param plural {@code virtualmachines} or {@code virtualmachineinstances}
 * @param kind {@code vm} or {@code vmi}, as the user's messages name it
 * @param name the VM's or VMI's name
 * @param namespace the namespace the argument names, if any
 */
record ForwardTarget(String plural, String kind, String name, Optional<String> namespace) {
  /** Parses {@code target}; a bad one fails with upstream's words. */
  static ForwardTarget parse(String target) {
    if (target == null || target.isEmpty()) {
      throw new CommandFailedException("target cannot be empty");
    }
    String[] parts = target.split("/", -1);
    if (parts.length == 1) {
      throw new CommandFailedException("target must contain type and name separated by '/'");
    }
    if (parts.length > 3) {
      throw new CommandFailedException("target is not valid with more than two '/'");
    }
    if (parts.length == 3 && parts[2].isEmpty()) {
      throw new CommandFailedException("namespace cannot be empty");
    }
    String kind =
        switch (parts[0].toLowerCase(Locale.ROOT)) {
          case "vm", "vms", "virtualmachine", "virtualmachines" -> "vm";
          case "vmi", "vmis", "virtualmachineinstance", "virtualmachineinstances" -> "vmi";
          default ->
              throw new CommandFailedException("unsupported resource type '" + parts[0] + "'");
        };
    if (parts[1].isEmpty()) {
      throw new CommandFailedException("name cannot be empty");
    }
    return new ForwardTarget(
        "vm".equals(kind) ? "virtualmachines" : "virtualmachineinstances",
        kind,
        parts[1],
        parts.length == 3 ? Optional.of(parts[2]) : Optional.empty());
  }

  /** The namespace to use: the one named here, else {@code fallback}. */
  String namespaceOr(String fallback) {
    return namespace.orElse(fallback);
  }
}
