package io.jvirt.controller.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.testing.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The client budget: a burst goes at once, then requests are spaced at 1/qps. */
class TokenBucketTest {
  /** A clock tests move by hand. */
  @Test
  void burstIsFreeThenRequestsWaitForTheirToken() {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    TokenBucket bucket = new TokenBucket(10, 3, clock);

    assertThat(bucket.take()).isZero();
    assertThat(bucket.take()).isZero();
    assertThat(bucket.take()).isZero();
    assertThat(bucket.take()).isEqualTo(Duration.ofMillis(100).toNanos());

    clock.advance(Duration.ofSeconds(1));
    assertThat(bucket.take()).isZero();
  }

  @Test
  void tokensNeverExceedTheBurst() {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    TokenBucket bucket = new TokenBucket(100, 2, clock);
    clock.advance(Duration.ofHours(1));

    bucket.take();
    bucket.take();

    assertThat(bucket.take()).isPositive();
  }

  @Test
  void rejectsAnEmptyBudget() {
    assertThatThrownBy(() -> new TokenBucket(0, 1, Clock.systemUTC()))
        .hasMessageContaining("qps and burst must be positive");
  }
}
