package io.jvirt.launcher.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guest agent commands that set each user's password, as upstream's userPassword propagation
 * does: {@code guest-set-user-password} with the clear-text password base64-encoded (the agent's
 * wire format), one per user in name order.
 */
public final class PasswordCommands {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PasswordCommands() {}

  /** The commands for {@code passwords} (user → password). */
  public static List<String> set(Map<String, String> passwords) {
    List<String> commands = new ArrayList<>();
    new TreeMap<>(passwords)
        .forEach(
            (user, password) -> {
              ObjectNode command =
                  JSON.createObjectNode().put("execute", "guest-set-user-password");
              command
                  .putObject("arguments")
                  .put("username", user)
                  .put(
                      "password",
                      Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)))
                  .put("crypted", false);
              commands.add(command.toString());
            });
    return commands;
  }
}
