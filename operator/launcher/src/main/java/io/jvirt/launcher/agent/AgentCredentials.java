package io.jvirt.launcher.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the VMI's qemuGuestAgent access credentials give the guest's users now: authorized SSH keys
 * and passwords, by user name.
 */
public record AgentCredentials(Map<String, List<String>> keys, Map<String, String> passwords) {
  /**
   * Unmodifiable copies in the order given (users in the order the VMI lists them): the commands
   * follow it, the same on every run (Map.copyOf would order them anew in each JVM).
   */
  public AgentCredentials {
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    passwords = Collections.unmodifiableMap(new LinkedHashMap<>(passwords));
  }

  /** The guest agent commands that bring the guest to these credentials. */
  public List<String> commands() {
    List<String> commands = new java.util.ArrayList<>(AuthorizedKeyCommands.set(keys));
    commands.addAll(PasswordCommands.set(passwords));
    return commands;
  }
}
