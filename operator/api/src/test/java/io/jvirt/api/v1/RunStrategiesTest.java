package io.jvirt.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The effective run strategy of a VM spec. */
class RunStrategiesTest {

  @Test
  void foldsTheRunningField() {
    assertThat(RunStrategies.effective(new VirtualMachineSpec().setRunning(true)))
        .isEqualTo(RunStrategy.ALWAYS);
    assertThat(RunStrategies.effective(new VirtualMachineSpec().setRunning(false)))
        .isEqualTo(RunStrategy.HALTED);
    assertThat(RunStrategies.effective(new VirtualMachineSpec())).isEqualTo(RunStrategy.HALTED);
    assertThat(RunStrategies.effective(new VirtualMachineSpec().setRunStrategy(RunStrategy.MANUAL)))
        .isEqualTo(RunStrategy.MANUAL);
  }

  @Test
  void rejectsBothFields() {
    VirtualMachineSpec both =
        new VirtualMachineSpec().setRunning(false).setRunStrategy(RunStrategy.ONCE);
    assertThatThrownBy(() -> RunStrategies.effective(both))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("running and runstrategy are mutually exclusive");
  }
}
