package io.jvirt.virtctl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Tells the time and waits; tests substitute one whose waits return at once. */
public interface Pacer {
  /** The current instant. */
  Instant now();

  /**
   * Waits for {@code duration}.
   *
   * @throws CommandFailedException when the wait is interrupted
   */
  void sleep(Duration duration);

  /** The wall clock and real waits. */
  static Pacer system() {
    return new Pacer() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) {
        try {
          TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CommandFailedException("interrupted", e);
        }
      }
    };
  }
}
