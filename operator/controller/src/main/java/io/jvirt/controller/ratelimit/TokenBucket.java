package io.jvirt.controller.ratelimit;

import java.time.Clock;

/**
 * Client-side request budget as client-go has it: {@code qps} per second, bursts up to {@code
 * burst}.
 */
public final class TokenBucket {
  private final double perNano;
  private final double capacity;
  private final Clock clock;
  private double tokens;
  private long lastNanos;

  /** A full bucket. */
  public TokenBucket(double qps, int burst, Clock clock) {
    if (qps <= 0 || burst <= 0) {
      throw new IllegalArgumentException(
          "qps and burst must be positive, got " + qps + "/" + burst);
    }
    this.perNano = qps / 1e9;
    this.capacity = burst;
    this.clock = clock;
    this.tokens = burst;
    this.lastNanos = nanos();
  }

  /** Takes one token; returns how many nanoseconds the caller must wait before sending (0: now). */
  public synchronized long take() {
    long now = nanos();
    tokens = Math.min(capacity, tokens + (now - lastNanos) * perNano);
    lastNanos = now;
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
  }

  private long nanos() {
    java.time.Instant instant = clock.instant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
