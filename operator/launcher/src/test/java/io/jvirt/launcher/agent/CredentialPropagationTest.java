package io.jvirt.launcher.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.launcher.libvirt.DomainDriverException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** When the access credentials' keys are pushed to the guest agent, and what is reported. */
class CredentialPropagationTest {
  private final List<String> sent = new ArrayList<>();
  private final AtomicReference<String> refusal = new AtomicReference<>();
  private final AtomicReference<AgentCredentials> wanted =
      new AtomicReference<>(keys("ssh-ed25519 AAAAa a@x"));
  private final CredentialPropagation propagation =
      new CredentialPropagation(
          new FakeAgentDriver(
              command -> {
                if (refusal.get() != null) {
                  throw new DomainDriverException(refusal.get(), null);
                }
                sent.add(command);
                return "{\"return\":{}}";
              }),
          wanted::get);

  @Test
  void pushesOnceAndAgainOnlyWhenTheSecretChangesOrTheAgentReconnects() {
    assertThat(propagation.run()).isEqualTo(new CredentialPropagation.Outcome(true, ""));
    propagation.run();
    assertThat(sent).hasSize(1);

    wanted.set(keys("ssh-ed25519 AAAAb b@x"));
    propagation.run();
    assertThat(sent).hasSize(2);

    propagation.markStale();
    propagation.run();
    assertThat(sent).hasSize(3);
  }

  @Test
  void aRefusingAgentIsReportedAndRetried() {
    refusal.set("guest agent: Guest agent is not responding");

    assertThat(propagation.run())
        .isEqualTo(
            new CredentialPropagation.Outcome(false, "guest agent: Guest agent is not responding"));

    refusal.set(null);
    assertThat(propagation.run().synced()).isTrue();
    assertThat(sent).hasSize(1);
  }

  @Test
  void aVmiWithoutAgentCredentialsReportsNothing() {
    wanted.set(null);

    assertThat(propagation.run()).isNull();
    assertThat(sent).isEmpty();
  }

  private static AgentCredentials keys(String key) {
    return new AgentCredentials(Map.of("jvirt", List.of(key)), Map.of());
  }
}
