package io.jvirt.controller.vm.decide;

import static io.jvirt.controller.vm.decide.TestVms.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StartFailure;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Crash-loop back-off: delays, counting per VMI, and clearing. */
class CrashLoopBackoffTest {

  @ParameterizedTest(name = "count {0}, jitter {1} -> {2}s")
  @CsvSource({
    "1, 0.0,   10",
    "1, 0.999, 15",
    "2, 0.0,   40",
    "3, 0.0,   90",
    "3, 0.5,   113",
    "5, 0.0,   250",
    "5, 0.999, 300",
    "6, 0.0,   300",
    "0, 0.0,   10",
  })
  void delayGrowsQuadraticallyUpToTheCap(int count, double jitter, int seconds) {
    assertThat(CrashLoopBackoff.delaySeconds(count, jitter)).isEqualTo(seconds);
  }

  @Test
  void firstEarlyFailureStartsCounting() {
    StartFailure next =
        CrashLoopBackoff.next(null, failedEarly(), RunStrategy.ALWAYS, NOW, () -> 0.0);
    assertThat(next.getConsecutiveFailCount()).isEqualTo(1);
    assertThat(next.getLastFailedVMIUID()).isEqualTo(TestVms.VMI_UID);
    assertThat(next.getRetryAfterTimestamp()).isEqualTo("2026-03-01T12:00:10Z");
  }

  @Test
  void countsEachVmiOnce() {
    StartFailure counted =
        new StartFailure()
            .setConsecutiveFailCount(2)
            .setLastFailedVMIUID(TestVms.VMI_UID)
            .setRetryAfterTimestamp("2026-03-01T12:00:40Z");
    assertThat(CrashLoopBackoff.next(counted, failedEarly(), RunStrategy.ALWAYS, NOW, () -> 0.0))
        .isSameAs(counted);
    StartFailure older = counted.setLastFailedVMIUID("older");
    StartFailure third =
        CrashLoopBackoff.next(older, failedEarly(), RunStrategy.ONCE, NOW, () -> 0.0);
    assertThat(third.getConsecutiveFailCount()).isEqualTo(3);
    assertThat(third.getRetryAfterTimestamp()).isEqualTo("2026-03-01T12:01:30Z");
  }

  @Test
  void clearsOnceTheVmiRanOrForStrategiesThatDoNotRestart() {
    StartFailure current = new StartFailure().setConsecutiveFailCount(4);
    VirtualMachineInstance ran = failedEarly();
    ran.getStatus()
        .setPhaseTransitionTimestamps(
            List.of(
                new PhaseTransitionTimestamp()
                    .setPhase("Running")
                    .setPhaseTransitionTimestamp(TestVms.EARLIER)));
    assertThat(CrashLoopBackoff.next(current, ran, RunStrategy.ALWAYS, NOW, () -> 0.0)).isNull();
    assertThat(CrashLoopBackoff.next(current, null, RunStrategy.MANUAL, NOW, () -> 0.0)).isNull();
    assertThat(CrashLoopBackoff.next(current, null, RunStrategy.HALTED, NOW, () -> 0.0)).isNull();
  }

  @Test
  void keepsTheRecordWhileNoVmiEnded() {
    StartFailure current = new StartFailure().setConsecutiveFailCount(1);
    VirtualMachineInstance pending = TestVms.vmi(VirtualMachineInstancePhase.PENDING);
    assertThat(CrashLoopBackoff.next(current, pending, RunStrategy.ALWAYS, NOW, () -> 0.0))
        .isSameAs(current);
    assertThat(CrashLoopBackoff.next(current, null, RunStrategy.RERUN_ON_FAILURE, NOW, () -> 0.0))
        .isSameAs(current);
  }

  @Test
  void timeLeftIsInWholeSeconds() {
    StartFailure failure = new StartFailure().setRetryAfterTimestamp("2026-03-01T12:01:30Z");
    assertThat(CrashLoopBackoff.timeLeft(failure, NOW)).isEqualTo(Duration.ofSeconds(90));
    assertThat(CrashLoopBackoff.timeLeft(failure, NOW.plusSeconds(200))).isEqualTo(Duration.ZERO);
    assertThat(CrashLoopBackoff.timeLeft(null, NOW)).isEqualTo(Duration.ZERO);
  }

  private static VirtualMachineInstance failedEarly() {
    return TestVms.vmi(VirtualMachineInstancePhase.FAILED);
  }
}
