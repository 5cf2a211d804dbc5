package io.jvirt.launcher.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guest agent commands that set each user's authorized keys. */
class AuthorizedKeyCommandsTest {
  @Test
  void replacesEachUsersKeysInUserOrder() {
    assertThat(
            AuthorizedKeyCommands.set(
                Map.of(
                    "root", List.of("ssh-ed25519 AAAAa a@x"),
                    "jvirt", List.of("ssh-ed25519 AAAAa a@x", "ssh-rsa AAAAb b@x"))))
        .containsExactly(
            "{\"execute\":\"guest-ssh-add-authorized-keys\",\"arguments\":{\"username\":\"jvirt\","
                + "\"keys\":[\"ssh-ed25519 AAAAa a@x\",\"ssh-rsa AAAAb b@x\"],\"reset\":true}}",
            "{\"execute\":\"guest-ssh-add-authorized-keys\",\"arguments\":{\"username\":\"root\","
                + "\"keys\":[\"ssh-ed25519 AAAAa a@x\"],\"reset\":true}}");
  }

  @Test
  void noUsersNoCommands() {
    assertThat(AuthorizedKeyCommands.set(Map.of())).isEmpty();
  }
}
