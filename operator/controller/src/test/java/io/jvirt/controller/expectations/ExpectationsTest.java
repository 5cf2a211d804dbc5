package io.jvirt.controller.expectations;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pending, satisfied and expired expectations of {@link Expectations}, on a test clock. */
class ExpectationsTest {
  private static final String KEY = "default/web";

  private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));
  private final Expectations expectations = new Expectations(clock);

  @Test
  void aKeyWithoutExpectationsIsSatisfied() {
    assertThat(expectations.satisfied(KEY)).isTrue();
    assertThat(expectations.pendingCreations(KEY)).isZero();
    assertThat(expectations.pendingDeletions(KEY)).isEmpty();
  }

  @Test
  void creationsArePendingUntilAllAreObserved() {
    expectations.expectCreations(KEY, 2);
    assertThat(expectations.satisfied(KEY)).isFalse();

    expectations.creationObserved(KEY);
    assertThat(expectations.satisfied(KEY)).isFalse();
    assertThat(expectations.pendingCreations(KEY)).isEqualTo(1);

    expectations.creationObserved(KEY);
    assertThat(expectations.satisfied(KEY)).isTrue();
    expectations.creationObserved(KEY);
    assertThat(expectations.pendingCreations(KEY)).isZero();
  }

  @Test
  void deletionsArePendingUntilEachUidIsObservedOnce() {
    expectations.expectDeletions(KEY, List.of("u1", "u2"));

    expectations.deletionObserved(KEY, "u1");
    expectations.deletionObserved(KEY, "u1");
    expectations.deletionObserved(KEY, "stranger");
    assertThat(expectations.satisfied(KEY)).isFalse();
    assertThat(expectations.pendingDeletions(KEY)).containsExactly("u2");

    expectations.deletionObserved(KEY, "u2");
    assertThat(expectations.satisfied(KEY)).isTrue();
  }

  @Test
  void creationsAndDeletionsOfOneRoundAreBothAwaited() {
    expectations.expectCreations(KEY, 1);
    expectations.expectDeletions(KEY, List.of("u1"));

    expectations.creationObserved(KEY);
    assertThat(expectations.satisfied(KEY)).isFalse();
    expectations.deletionObserved(KEY, "u1");
    assertThat(expectations.satisfied(KEY)).isTrue();
  }

  @Test
  void expectationsExpireAfterFiveMinutes() {
    expectations.expectCreations(KEY, 3);

    clock.advance(Duration.ofMinutes(5));
    assertThat(expectations.satisfied(KEY)).isFalse();

    clock.advance(Duration.ofSeconds(1));
    assertThat(expectations.satisfied(KEY)).isTrue();
    assertThat(expectations.pendingCreations(KEY)).isZero();
  }

  @Test
  void observationsDoNotExtendTheTtl() {
    expectations.expectCreations(KEY, 3);
    clock.advance(Duration.ofMinutes(4));
    expectations.creationObserved(KEY);

    clock.advance(Duration.ofMinutes(2));

    assertThat(expectations.satisfied(KEY)).isTrue();
  }

  @Test
  void newExpectationsAfterExpiryStartFresh() {
    expectations.expectDeletions(KEY, List.of("old"));
    clock.advance(Duration.ofMinutes(6));

    expectations.expectCreations(KEY, 1);

    assertThat(expectations.pendingDeletions(KEY)).isEmpty();
    assertThat(expectations.pendingCreations(KEY)).isEqualTo(1);
    assertThat(expectations.satisfied(KEY)).isFalse();
  }

  @Test
  void forgetDropsEverything() {
    expectations.expectCreations(KEY, 5);
    expectations.forget(KEY);

    assertThat(expectations.satisfied(KEY)).isTrue();
  }

  @Test
  void keysAreIndependent() {
    expectations.expectCreations(KEY, 1);

    assertThat(expectations.satisfied("default/other")).isTrue();
    expectations.creationObserved("default/other");
    assertThat(expectations.satisfied(KEY)).isFalse();
  }

  @Test
  void customTtlIsHonoured() {
    Expectations shortLived = new Expectations(clock, Duration.ofSeconds(10));
    shortLived.expectCreations(KEY, 1);

    clock.advance(Duration.ofSeconds(11));

    assertThat(shortLived.satisfied(KEY)).isTrue();
  }

  @Test
  void concurrentObservationsAreAllCounted() throws Exception {
    int count = 1000;
    expectations.expectCreations(KEY, count);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done =
          IntStream.range(0, count)
              .<Future<?>>mapToObj(i -> pool.submit(() -> expectations.creationObserved(KEY)))
              .toList();
      for (Future<?> future : done) {
        future.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(expectations.pendingCreations(KEY)).isZero();
    assertThat(expectations.satisfied(KEY)).isTrue();
  }
}
