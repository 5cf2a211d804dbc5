package io.jvirt.launcher.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The guest agent poll intervals. */
class PollScheduleTest {
  @Test
  void startsAtTenSecondsAndDoublesUpToTheKindsMaximum() {
    Duration wait = Duration.ZERO;
    StringBuilder waits = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      wait = PollSchedule.SYSTEM.next(wait);
      waits.append(wait.toSeconds()).append(' ');
    }

    assertThat(waits.toString().trim()).isEqualTo("10 20 40 80 120 120");
  }

  @Test
  void usersArePolledEveryTenSeconds() {
    assertThat(PollSchedule.USERS.next(Duration.ZERO)).hasSeconds(10);
    assertThat(PollSchedule.USERS.next(Duration.ofSeconds(10))).hasSeconds(10);
  }
}
