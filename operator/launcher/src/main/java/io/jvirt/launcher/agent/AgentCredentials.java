package io.jvirt.launcher.agent;

import java.util.List;
import java.util.Map;

/**
 * What the VMI's qemuGuestAgent access credentials give the guest's users now: authorized SSH keys
 * and passwords, by user name.
 */
public record AgentCredentials(Map<String, List<String>> keys, Map<String, String> passwords) {
  /** Immutable copies. */
  public AgentCredentials {
    keys = Map.copyOf(keys);
    passwords = Map.copyOf(passwords);
  }

  /** The guest agent commands that bring the guest to these credentials. */
  public List<String> commands() {
    List<String> commands = new java.util.ArrayList<>(AuthorizedKeyCommands.set(keys));
    commands.addAll(PasswordCommands.set(passwords));
    return commands;
  }
}
