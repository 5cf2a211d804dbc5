package io.jvirt.handler.device.decide;

import java.time.Duration;
import java.util.List;

/**
 * How long a device plugin waits before it serves and registers again: after a round that
 * registered and ended cleanly (the kubelet removed its socket, i.e. restarted) the first step;
 * after each failed round one step further, capped at the last.
 *
 * @param steps the delays, at least one
 */
public record Backoff(List<Duration> steps) {
  /**
   * Upstream's {@code defaultBackoffTime}: 1, 2, 5 and 10 seconds, so 1 s after a kubelet restart.
   */
  public static final Backoff UPSTREAM =
      new Backoff(
          List.of(
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              Duration.ofSeconds(10)));

  /**
   * jvirt's: at once after a kubelet restart, then 0.1, 1, 2, 5 and 10 seconds while failing. A
   * restarted kubelet admits the pods it finds against the device plugins registered by then, and
   * may reject a launcher pod whose guest is running, killing it (kubernetes#133382): upstream's
   * second of waiting is most of that window, so the plugins register again without it.
   */
  public static final Backoff PROMPT =
      new Backoff(
          List.of(
              Duration.ZERO,
              Duration.ofMillis(100),
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              Duration.ofSeconds(10)));

  public Backoff {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a backoff needs at least one step");
    }
  }

  /** The step after a run that ended at step {@code retries}: back to 0 unless it failed. */
  public int next(int retries, boolean failed) {
    return failed ? Math.min(retries + 1, steps.size() - 1) : 0;
  }

  /** The delay of step {@code retries}. */
  public Duration delay(int retries) {
    return steps.get(Math.min(Math.max(retries, 0), steps.size() - 1));
  }
}
