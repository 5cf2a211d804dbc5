package io.jvirt.installer.install;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Looks at a cluster every couple of seconds until a check passes, fails, or time runs out. */
final class Poll {
  /** One look: done, failed with a reason, or still waiting. */
  interface Check {
    /** Empty to keep waiting; a value ends the wait (true = done). */
    Optional<Boolean> look();
  }

  private Poll() {}

  static void until(String name, Check check, Duration timeout, Supplier<String> whereWeAre) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "poll-" + name));
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            check.look().ifPresent(ok -> done.complete(null));
          } catch (RuntimeException e) {
            done.completeExceptionally(e);
          }
        },
        0,
        2,
        TimeUnit.SECONDS);
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new InstallFailure("timed out after " + timeout.toSeconds() + " s " + whereWeAre.get());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallFailure("interrupted");
    } finally {
      timer.shutdownNow();
    }
  }
}
