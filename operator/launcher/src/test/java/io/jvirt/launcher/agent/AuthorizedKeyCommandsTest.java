package io.jvirt.launcher.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guest agent commands that move each user's keys from what was pushed to what is wanted. */
class AuthorizedKeyCommandsTest {
  private static final String A = "ssh-ed25519 AAAAa a@x";
  private static final String B = "ssh-ed25519 AAAAb b@x";

  @Test
  void addsEveryWantedKeyAndRemovesOnlyKeysPushedBefore() {
    List<String> commands =
        AuthorizedKeyCommands.between(
            Map.of("jvirt", List.of(A, B)), Map.of("jvirt", List.of(B), "root", List.of(A)));

    assertThat(commands)
        .containsExactly(
            "{\"execute\":\"guest-ssh-add-authorized-keys\",\"arguments\":{\"username\":\"jvirt\","
                + "\"keys\":[\""
                + B
                + "\"]}}",
            "{\"execute\":\"guest-ssh-remove-authorized-keys\",\"arguments\":{\"username\":"
                + "\"jvirt\",\"keys\":[\""
                + A
                + "\"]}}",
            "{\"execute\":\"guest-ssh-add-authorized-keys\",\"arguments\":{\"username\":\"root\","
                + "\"keys\":[\""
                + A
                + "\"]}}");
  }

  @Test
  void aUserNoLongerListedLosesOnlyThePushedKeys() {
    assertThat(AuthorizedKeyCommands.between(Map.of("old", List.of(A)), Map.of()))
        .singleElement()
        .asString()
        .contains("guest-ssh-remove-authorized-keys")
        .contains("\"username\":\"old\"");
    assertThat(AuthorizedKeyCommands.between(Map.of(), Map.of())).isEmpty();
  }
}
