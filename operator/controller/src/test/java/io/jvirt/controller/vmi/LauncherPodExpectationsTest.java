package io.jvirt.controller.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When {@link LauncherPodExpectations} holds a second launcher pod back, and when it lets go. */
class LauncherPodExpectationsTest {
  private static final String UID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final LauncherPodExpectations expectations = new LauncherPodExpectations(clock);

  @Test
  void aVmiWithoutExpectationMayGetAPod() {
    assertThat(expectations.satisfied(UID)).isTrue();
  }

  @Test
  void anExpectedCreationBlocksASecondOne() {
    expectations.expectCreation(UID);

    assertThat(expectations.satisfied(UID)).isFalse();
    assertThat(expectations.satisfied("other-uid")).isTrue();
  }

  @Test
  void aLiveLauncherPodClearsTheExpectation() {
    expectations.expectCreation(UID);
    expectations.observe(UID, List.of());
    assertThat(expectations.satisfied(UID)).isFalse();

    expectations.observe(UID, List.of(pod("virt-launcher-testvmi-abcde").build()));

    assertThat(expectations.satisfied(UID)).isTrue();
  }

  @Test
  void temporaryOrDeletingPodsAreNoObservation() {
    expectations.expectCreation(UID);

    expectations.observe(
        UID,
        List.of(
            pod("virt-launcher-testvmi-tmp")
                .editMetadata()
                .addToAnnotations(KubevirtAnnotations.EPHEMERAL_PROVISIONING, "true")
                .endMetadata()
                .build(),
            pod("virt-launcher-testvmi-old")
                .editMetadata()
                .withDeletionTimestamp("2026-03-01T11:59:00Z")
                .endMetadata()
                .build()));

    assertThat(expectations.satisfied(UID)).isFalse();
  }

  @Test
  void theExpectationExpiresAfterFiveMinutes() {
    expectations.expectCreation(UID);

    clock.advance(Duration.ofMinutes(5));
    assertThat(expectations.satisfied(UID)).isFalse();

    clock.advance(Duration.ofSeconds(1));
    assertThat(expectations.satisfied(UID)).isTrue();
  }

  @Test
  void aNewExpectationAfterExpiryBlocksAgain() {
    expectations.expectCreation(UID);
    clock.advance(Duration.ofMinutes(6));

    expectations.expectCreation(UID);

    assertThat(expectations.satisfied(UID)).isFalse();
  }

  @Test
  void forgetRemovesTheExpectation() {
    expectations.expectCreation(UID);

    expectations.forget(UID);

    assertThat(expectations.satisfied(UID)).isTrue();
  }

  private static PodBuilder pod(String name) {
    return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata();
  }
}
