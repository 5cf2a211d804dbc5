package io.jvirt.cdi.importer.clone;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between connection attempts; tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {
  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real wait. */
  static Sleeper real() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
