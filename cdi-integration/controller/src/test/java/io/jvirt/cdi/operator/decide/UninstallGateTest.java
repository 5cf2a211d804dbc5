package io.jvirt.cdi.operator.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.api.v1beta1.CdiUninstallStrategy;
import org.junit.jupiter.api.Test;

/** Removal of CDI is held only when the CR asks and DataVolumes exist. */
class UninstallGateTest {
  @Test
  void onlyTheBlockingStrategyWithDataVolumesHoldsRemoval() {
    assertThat(UninstallGate.blockedBy(null, 3)).isNull();
    assertThat(UninstallGate.blockedBy(CdiUninstallStrategy.REMOVE_WORKLOADS, 3)).isNull();
    assertThat(UninstallGate.blockedBy(CdiUninstallStrategy.BLOCK_UNINSTALL_IF_WORKLOADS_EXIST, 0))
        .isNull();
    assertThat(UninstallGate.blockedBy(CdiUninstallStrategy.BLOCK_UNINSTALL_IF_WORKLOADS_EXIST, 1))
        .isEqualTo(
            "uninstallStrategy BlockUninstallIfWorkloadsExist: there are still 1 DataVolume present");
  }
}
