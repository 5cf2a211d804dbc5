package io.jvirt.handler.vmi.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachineInstancePhase;
import org.junit.jupiter.api.Test;

/**
 * A launcher whose pod has ended or vanished is lost even to a handler that never spoke to it: the
 * chaos run found a VMI left Running for good after its pod completed while virt-handler restarted.
 */
class LauncherReachTest {
  @Test
  void anEndedPodMeansTheLauncherIsLost() {
    assertThat(
            LauncherReach.withoutLauncher(VirtualMachineInstancePhase.RUNNING, true, "Succeeded"))
        .isEqualTo(LauncherReach.LOST);
    assertThat(LauncherReach.withoutLauncher(VirtualMachineInstancePhase.RUNNING, true, "Failed"))
        .isEqualTo(LauncherReach.LOST);
  }

  @Test
  void aVanishedPodLosesAVmiAlreadyHandedOverButNotOneStillScheduling() {
    assertThat(LauncherReach.withoutLauncher(VirtualMachineInstancePhase.RUNNING, false, null))
        .isEqualTo(LauncherReach.LOST);
    assertThat(LauncherReach.withoutLauncher(VirtualMachineInstancePhase.SCHEDULED, false, null))
        .isEqualTo(LauncherReach.LOST);
    assertThat(LauncherReach.withoutLauncher(VirtualMachineInstancePhase.SCHEDULING, false, null))
        .isEqualTo(LauncherReach.NOT_READY);
  }

  @Test
  void aRunningPodOrOneWithoutAPhaseYetIsLeftToTheConnection() {
    assertThat(LauncherReach.withoutLauncher(VirtualMachineInstancePhase.RUNNING, true, null))
        .isEqualTo(LauncherReach.NOT_READY);
    assertThat(LauncherReach.withoutLauncher(VirtualMachineInstancePhase.RUNNING, true, "Running"))
        .isEqualTo(LauncherReach.NOT_READY);
  }
}
