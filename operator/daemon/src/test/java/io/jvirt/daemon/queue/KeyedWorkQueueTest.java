package io.jvirt.daemon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The work queue's guarantees: one worker per key, re-runs when dirty, back-off on failure. */
class KeyedWorkQueueTest {
  private static final KeyedWorkQueue.Backoff FAST =
      new KeyedWorkQueue.Backoff(Duration.ofMillis(10), Duration.ofMillis(40));

  @Test
  void aKeyAddedWhileItIsHandledIsHandledAgainAfterwardsNeverConcurrently() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    List<String> handled = new CopyOnWriteArrayList<>();
    try (KeyedWorkQueue queue =
        new KeyedWorkQueue(
            "test",
            2,
            FAST,
            key -> {
              maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
              handled.add(key);
              entered.countDown();
              try {
                release.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              concurrent.decrementAndGet();
              return null;
            })) {
      queue.add("a");
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      queue.add("a");
      queue.add("a");
      release.countDown();
      await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 2);
      assertThat(maxConcurrent.get()).isEqualTo(1);
    }
  }

  @Test
  void aFailingKeyIsRetriedWithBackoffUntilItSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    try (KeyedWorkQueue queue =
        new KeyedWorkQueue(
            "test",
            1,
            FAST,
            key -> {
              if (calls.incrementAndGet() < 4) {
                throw new IllegalStateException("not yet");
              }
              return null;
            })) {
      queue.add("a");
      await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 4);
    }
  }

  @Test
  void aHandlerMayAskToBeCalledAgainLater() {
    AtomicInteger calls = new AtomicInteger();
    try (KeyedWorkQueue queue =
        new KeyedWorkQueue(
            "test", 1, FAST, key -> calls.incrementAndGet() < 3 ? Duration.ofMillis(20) : null)) {
      queue.add("a");
      await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 3);
    }
  }

  @Test
  void backoffDoublesUpToItsMaximum() {
    KeyedWorkQueue.Backoff backoff =
        new KeyedWorkQueue.Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.delay(30)).isEqualTo(Duration.ofMinutes(5));
  }
}
