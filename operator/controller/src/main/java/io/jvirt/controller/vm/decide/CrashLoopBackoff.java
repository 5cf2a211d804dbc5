package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StartFailure;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.common.model.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.DoubleSupplier;

/** Crash-loop bookkeeping: VMIs that fail before ever running delay the next start. */
public final class CrashLoopBackoff {
  /** Upper bound of the delay, in seconds. */
  public static final int MAX_DELAY_SECONDS = 300;

  private static final int MIN_INTERVAL_SECONDS = 10;
  private static final Set<RunStrategy> RESTARTING =
      EnumSet.of(RunStrategy.ALWAYS, RunStrategy.RERUN_ON_FAILURE, RunStrategy.ONCE);

  private CrashLoopBackoff() {}

  /**
   * The start failure to record after observing {@code vmi}: null once the VMI ever ran or when
   * {@code strategy} never restarts by itself; one more failure (with a new retry time) for each
   * new VMI UID that ended without running; else {@code current} unchanged. A null strategy (the
   * spec is contradictory) neither clears nor blocks counting.
   */
  public static StartFailure next(
      StartFailure current,
      VirtualMachineInstance vmi,
      RunStrategy strategy,
      Instant now,
      DoubleSupplier jitter) {
    if (VmiFacts.wasRunning(vmi) || (strategy != null && !RESTARTING.contains(strategy))) {
      return null;
    }
    if (vmi == null || !VmiFacts.isFinal(vmi)) {
      return current;
    }
    String uid = VmiFacts.uid(vmi);
    if (current != null && uid != null && uid.equals(current.getLastFailedVMIUID())) {
      return current;
    }
    int count =
        current == null || current.getConsecutiveFailCount() == null
            ? 1
            : current.getConsecutiveFailCount() + 1;
    Instant retryAfter = now.plusSeconds(delaySeconds(count, jitter.getAsDouble()));
    return new StartFailure()
        .setConsecutiveFailCount(count)
        .setLastFailedVMIUID(uid)
        .setRetryAfterTimestamp(Timestamps.format(retryAfter));
  }

  /**
   * Seconds to wait after {@code failCount} consecutive early failures: {@code 10·count²} plus
   * {@code jitter} (in [0, 1)) times up to half of that, capped at {@value #MAX_DELAY_SECONDS}.
   */
  public static int delaySeconds(int failCount, double jitter) {
    int count = Math.max(failCount, 1);
    int interval = Math.max(MIN_INTERVAL_SECONDS, MAX_DELAY_SECONDS / 30);
    long base = (long) interval * count * count;
    double unit = Math.min(Math.max(jitter, 0), Math.nextDown(1.0));
    // upstream draws uniformly from [0, base/2]; jitter picks the point instead
    long delay = base + (long) Math.floor(unit * (base / 2 + 1));
    return (int) Math.min(delay, MAX_DELAY_SECONDS);
  }

  /** How long a start must still wait, in whole seconds; zero when it may start now. */
  public static Duration timeLeft(StartFailure failure, Instant now) {
    Instant retryAfter =
        failure == null ? null : Timestamps.parse(failure.getRetryAfterTimestamp());
    if (retryAfter == null) {
      return Duration.ZERO;
    }
    long seconds = retryAfter.getEpochSecond() - now.getEpochSecond();
    return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ZERO;
  }
}
