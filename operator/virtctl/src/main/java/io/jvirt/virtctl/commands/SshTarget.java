package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import java.util.Optional;

/**
 * The {@code [user@]type/name[/namespace]} argument of {@code ssh} (and the remote side of {@code
 * scp}), as upstream parses it.
 *
 * @param user the user before {@code @}, if any
 * @param target the VM or VMI
 */
record SshTarget(Optional<String> user, ForwardTarget target) {
  /** Parses {@code arg}; a bad one fails with upstream's words. */
  static SshTarget parse(String arg) {
    String rest = arg;
    Optional<String> user = Optional.empty();
    int at = arg.indexOf('@');
    if (at >= 0) {
      if (at == 0) {
        throw new CommandFailedException("expected username before '@'");
      }
      user = Optional.of(arg.substring(0, at));
      rest = arg.substring(at + 1);
      if (rest.isEmpty()) {
        throw new CommandFailedException("expected target after '@'");
      }
    }
    return new SshTarget(user, ForwardTarget.parse(rest));
  }
}
