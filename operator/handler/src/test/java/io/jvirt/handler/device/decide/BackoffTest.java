package io.jvirt.handler.device.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waits between a device plugin's rounds. */
class BackoffTest {

  @Test
  void afterAKubeletRestartThePluginWaitsOneSecond() {
    int retries = Backoff.UPSTREAM.next(0, false);

    assertThat(Backoff.UPSTREAM.delay(retries)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void repeatedFailuresWaitTwoFiveThenTenSecondsCapped() {
    List<Long> waits = new ArrayList<>();
    int retries = 0;
    for (int i = 0; i < 5; i++) {
      retries = Backoff.UPSTREAM.next(retries, true);
      waits.add(Backoff.UPSTREAM.delay(retries).toSeconds());
    }

    assertThat(waits).containsExactly(2L, 5L, 10L, 10L, 10L);
  }

  @Test
  void aCleanRoundAfterFailuresStartsOverAtOneSecond() {
    int retries = Backoff.UPSTREAM.next(Backoff.UPSTREAM.next(0, true), true);

    assertThat(Backoff.UPSTREAM.delay(Backoff.UPSTREAM.next(retries, false)))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void needsAStep() {
    assertThatThrownBy(() -> new Backoff(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
