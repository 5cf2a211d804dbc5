package io.jvirt.handler.device.decide;

import java.time.Duration;
import java.util.List;

/**
 * How long a device plugin waits before it serves and registers again, as upstream's device
 * controller does: after a plugin ended cleanly (the kubelet removed its socket, i.e. restarted)
 * the first step; after each failure one step further, capped at the last. With upstream's steps
 * that is 1 s after a kubelet restart, then 2, 5, 10, 10, … s while registering keeps failing.
 *
 * @param steps the delays, at least one
 */
public record Backoff(List<Duration> steps) {
  /** Upstream's {@code defaultBackoffTime}: 1, 2, 5 and 10 seconds. */
  public static final Backoff UPSTREAM =
      new Backoff(
          List.of(
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
