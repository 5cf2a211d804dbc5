package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Pacer;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Checks a condition at once, then every interval, until it holds or the timeout passes. */
final class Poll {
  /** What upstream's poll loop says when the timeout passes. */
  static final String TIMED_OUT = "timed out waiting for the condition";

  private Poll() {}

  /**
   * Returns once {@code done} answers true.
   *
   * @throws CommandFailedException with {@link #TIMED_OUT} when the timeout passes first
   */
  static void until(Pacer pacer, Duration interval, Duration timeout, BooleanSupplier done) {
    Instant deadline = pacer.now().plus(timeout);
    while (!done.getAsBoolean()) {
      Duration left = Duration.between(pacer.now(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new CommandFailedException(TIMED_OUT);
      }
      pacer.sleep(left.compareTo(interval) < 0 ? left : interval);
    }
  }
}
