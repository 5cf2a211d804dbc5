package io.jvirt.controller.vm.decide;

import static io.jvirt.controller.vm.decide.TestVms.VMI_UID;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a VM is set to start, per run strategy, VMI phase and first request. */
class IsSetToStartTest {

  @ParameterizedTest(name = "{0} vmi={1} request={2} recorded={3}")
  @CsvSource({
    "ALWAYS,           ,          ,      , true",
    "HALTED,           ,          START, , false",
    "MANUAL,           ,          ,      , false",
    "MANUAL,           ,          START, , true",
    "MANUAL,           RUNNING,   ,      , true",
    "MANUAL,           RUNNING,   STOP,  , false",
    "RERUN_ON_FAILURE, RUNNING,   ,      , true",
    "RERUN_ON_FAILURE, FAILED,    ,      , true",
    "RERUN_ON_FAILURE, SUCCEEDED, ,      , false",
    "RERUN_ON_FAILURE, ,          ,      RERUN_ON_FAILURE, false",
    "RERUN_ON_FAILURE, ,          START, RERUN_ON_FAILURE, true",
    "RERUN_ON_FAILURE, ,          ,      HALTED, true",
    "ONCE,             ,          ,      , true",
    "ONCE,             FAILED,    ,      , false",
  })
  void followsTheRunStrategy(
      RunStrategy strategy,
      VirtualMachineInstancePhase phase,
      String request,
      RunStrategy recorded,
      boolean expected) {
    VirtualMachine vm = TestVms.vm(strategy);
    vm.getStatus().setRunStrategy(recorded);
    if ("START".equals(request)) {
      TestVms.withRequests(vm, TestVms.start());
    } else if ("STOP".equals(request)) {
      TestVms.withRequests(vm, TestVms.stop(VMI_UID));
    }
    VirtualMachineInstance vmi = phase == null ? null : TestVms.vmi(phase);
    assertThat(PrintableStatusCalculator.isSetToStart(TestVms.observe(vm, vmi)))
        .isEqualTo(expected);
  }
}
