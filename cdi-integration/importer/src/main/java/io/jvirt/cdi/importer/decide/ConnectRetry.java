package io.jvirt.cdi.importer.decide;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the clone source waits before trying again when the target's upload server does not take
 * connections yet: doubling from a second, a few times, then the pod's restart takes over.
 */
public final class ConnectRetry {
  /** Connection attempts in all before giving up. */
  public static final int ATTEMPTS = 6;

  private static final Duration FIRST = Duration.ofSeconds(1);

  private ConnectRetry() {}

  /**
   * The wait after failed attempt {@code attempt} (1 for the first), empty once the attempts are
   * spent.
   */
  public static Optional<Duration> delayAfter(int attempt) {
    if (attempt < 1 || attempt >= ATTEMPTS) {
      return Optional.empty();
    }
    return Optional.of(FIRST.multipliedBy(1L << (attempt - 1)));
  }
}
