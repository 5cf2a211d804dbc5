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
  void afterAKubeletRestartThePluginRegistersAgainAtOnce() {
    int retries = Backoff.PROMPT.next(0, false);

    assertThat(Backoff.PROMPT.delay(retries)).isEqualTo(Duration.ZERO);
  }

  @Test
  void repeatedFailuresWaitATenthThenOneTwoFiveAndTenSecondsCapped() {
    List<Long> waits = new ArrayList<>();
    int retries = 0;
    for (int i = 0; i < 6; i++) {
      retries = Backoff.PROMPT.next(retries, true);
      waits.add(Backoff.PROMPT.delay(retries).toMillis());
    }

    assertThat(waits).containsExactly(100L, 1000L, 2000L, 5000L, 10000L, 10000L);
  }

  @Test
  void aCleanRoundAfterFailuresStartsOverAtOnce() {
    int retries = Backoff.PROMPT.next(Backoff.PROMPT.next(0, true), true);

    assertThat(Backoff.PROMPT.delay(Backoff.PROMPT.next(retries, false))).isEqualTo(Duration.ZERO);
  }

  @Test
  void needsAStep() {
    assertThatThrownBy(() -> new Backoff(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
