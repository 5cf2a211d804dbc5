package io.jvirt.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waiting for a condition by asking it on a schedule (the benchmarks never sleep). */
final class Polls {
  private Polls() {}

  /** Asks {@code done} every {@code every} until true; false when {@code timeout} ran out. */
  static boolean until(
      ScheduledExecutorService timer, BooleanSupplier done, Duration every, Duration timeout)
      throws InterruptedException {
    CompletableFuture<Void> reached = new CompletableFuture<>();
    ScheduledFuture<?> asking =
        timer.scheduleWithFixedDelay(
            () -> {
              try {
                if (done.getAsBoolean()) {
                  reached.complete(null);
                }
              } catch (RuntimeException e) {
                reached.completeExceptionally(e);
              }
            },
            0,
            every.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      reached.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      asking.cancel(false);
    }
  }
}
