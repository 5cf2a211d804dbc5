package io.jvirt.launcher.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The guest agent commands that bring each user's authorized SSH keys from what was pushed last to
 * what the access credentials hold now: {@code guest-ssh-add-authorized-keys} for every wanted key
 * (adding is idempotent, and a rebooted guest may have lost nothing or everything) and {@code
 * guest-ssh-remove-authorized-keys} for keys pushed before and gone from the secret since. Keys the
 * user put there by other means are left alone.
 */
public final class AuthorizedKeyCommands {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuthorizedKeyCommands() {}

  /**
   * The commands, users in name order; none when {@code wanted} is empty and nothing was pushed.
   */
  public static List<String> between(
      Map<String, List<String>> pushed, Map<String, List<String>> wanted) {
    List<String> commands = new ArrayList<>();
    Set<String> users = new LinkedHashSet<>(new TreeMap<>(wanted).keySet());
    users.addAll(new TreeMap<>(pushed).keySet());
    for (String user : users) {
      List<String> keys = wanted.getOrDefault(user, List.of());
      List<String> gone = new ArrayList<>(pushed.getOrDefault(user, List.of()));
      gone.removeAll(keys);
      if (!keys.isEmpty()) {
        commands.add(command("guest-ssh-add-authorized-keys", user, keys));
      }
      if (!gone.isEmpty()) {
        commands.add(command("guest-ssh-remove-authorized-keys", user, gone));
      }
    }
    return commands;
  }

  private static String command(String execute, String user, List<String> keys) {
    ObjectNode command = JSON.createObjectNode().put("execute", execute);
    ObjectNode arguments = command.putObject("arguments").put("username", user);
    keys.forEach(arguments.putArray("keys")::add);
    return command.toString();
  }
}
