package io.jvirt.launcher.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guest agent commands that make each user's authorized SSH keys exactly the keys the access
 * credentials give them, as upstream sets them (libvirt's authorized-keys set, which replaces the
 * file): {@code guest-ssh-add-authorized-keys} with {@code reset}, one per user in name order.
 */
public final class AuthorizedKeyCommands {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuthorizedKeyCommands() {}

  /** The commands for {@code keys} (user → keys). */
  public static List<String> set(Map<String, List<String>> keys) {
    List<String> commands = new ArrayList<>();
    new TreeMap<>(keys)
        .forEach(
            (user, userKeys) -> {
              ObjectNode command =
                  JSON.createObjectNode().put("execute", "guest-ssh-add-authorized-keys");
              ObjectNode arguments = command.putObject("arguments").put("username", user);
              userKeys.forEach(arguments.putArray("keys")::add);
              arguments.put("reset", true);
              commands.add(command.toString());
            });
    return commands;
  }
}
