package io.jvirt.launcher.agent;

import java.time.Duration;

/**
 * When each guest-agent poll runs again, as upstream's agent poller does it: at once on connect,
 * then after 10 s, doubling up to the kind's maximum.
 */
public enum PollSchedule {
  /** {@code guest-info}: the agent's version and commands. */
  VERSION(Duration.ofMinutes(5)),
  /** {@code guest-get-fsinfo}. */
  FILE_SYSTEMS(Duration.ofMinutes(5)),
  /** OS, host name, time zone and network interfaces. */
  SYSTEM(Duration.ofMinutes(2)),
  /** {@code guest-get-users}. */
  USERS(Duration.ofSeconds(10)),
  /** The access credentials' SSH keys, pushed when the mounted secrets changed. */
  CREDENTIALS(Duration.ofSeconds(10));

  /** The first wait after the poll made on connect. */
  public static final Duration FIRST = Duration.ofSeconds(10);

  private final Duration max;

  PollSchedule(Duration max) {
    this.max = max;
  }

  /** The wait after a poll that came {@code previous} after the one before (zero: the first). */
  public Duration next(Duration previous) {
    if (previous.isZero()) {
      return FIRST.compareTo(max) > 0 ? max : FIRST;
    }
    Duration doubled = previous.multipliedBy(2);
    return doubled.compareTo(max) > 0 ? max : doubled;
  }
}
