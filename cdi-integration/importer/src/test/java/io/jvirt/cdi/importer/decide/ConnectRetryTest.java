package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backoff while the upload server does not listen yet. */
class ConnectRetryTest {
  @Test
  void doublesFromASecondThenGivesUp() {
    assertThat(ConnectRetry.delayAfter(1)).contains(Duration.ofSeconds(1));
    assertThat(ConnectRetry.delayAfter(2)).contains(Duration.ofSeconds(2));
    assertThat(ConnectRetry.delayAfter(5)).contains(Duration.ofSeconds(16));
    assertThat(ConnectRetry.delayAfter(ConnectRetry.ATTEMPTS)).isEmpty();
    assertThat(ConnectRetry.delayAfter(0)).isEmpty();
  }
}
