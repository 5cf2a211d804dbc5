package io.jvirt.controller.vm.decide;

import static io.jvirt.controller.vm.decide.TestVms.EARLIER;
import static io.jvirt.controller.vm.decide.TestVms.NOW_TEXT;
import static io.jvirt.controller.vm.decide.TestVms.VMI_UID;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StateChangeAction;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The next VM status: flags, generations, conditions, request trimming and crash loops. */
class VmStatusCalculatorTest {

  @Test
  void withoutVmiReadyIsVmiNotExistsAndFlagsAreAbsent() {
    VirtualMachine vm = TestVms.vm(RunStrategy.HALTED);
    VirtualMachineStatus status = next(vm, null);
    assertThat(status.getCreated()).isNull();
    assertThat(status.getReady()).isNull();
    assertThat(status.getRunStrategy()).isNull();
    assertThat(status.getPrintableStatus()).isEqualTo(PrintableStatus.STOPPED);
    assertThat(status.getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getReason()).isEqualTo("VMINotExists");
              assertThat(c.getMessage()).isEqualTo("VMI does not exist");
              assertThat(c.getLastTransitionTime()).isEqualTo(NOW_TEXT);
            });
  }

  @Test
  void readyIsCopiedFromTheVmiOrReportedMissing() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    VirtualMachineInstance vmi = TestVms.vmi(VirtualMachineInstancePhase.RUNNING);
    assertThat(ready(next(vm, vmi)).getReason()).isEqualTo("VMIConditionMissing");
    Condition vmiReady = TestVms.condition("Ready", "True", null).setLastTransitionTime(EARLIER);
    VirtualMachineStatus status = next(vm, TestVms.withConditions(vmi, vmiReady));
    assertThat(ready(status)).isEqualTo(vmiReady);
    assertThat(status.getReady()).isTrue();
    assertThat(status.getCreated()).isTrue();
    assertThat(status.getRunStrategy()).isEqualTo(RunStrategy.ALWAYS);
  }

  @Test
  void lastTransitionTimeIsCarriedWhileTheStatusHolds() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    Condition old =
        TestVms.condition("Ready", "False", "VMINotExists").setLastTransitionTime(EARLIER);
    vm.getStatus().setConditions(List.of(old));
    VirtualMachineInstance vmi = TestVms.vmi(VirtualMachineInstancePhase.PENDING);
    assertThat(ready(next(vm, vmi)).getLastTransitionTime()).isEqualTo(EARLIER);
    assertThat(ready(next(vm, vmi)).getReason()).isEqualTo("VMIConditionMissing");
    old.setStatus("True");
    assertThat(ready(next(vm, vmi)).getLastTransitionTime()).isEqualTo(NOW_TEXT);
  }

  @Test
  void failureFollowsTheSyncError() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    var failed = StatusInputs.failed("FailedCreate", "boom", () -> 0.0);
    VirtualMachineStatus status = VmStatusCalculator.next(TestVms.observe(vm, null), failed);
    Condition failure = condition(status, "Failure");
    assertThat(failure.getStatus()).isEqualTo("True");
    assertThat(failure.getReason()).isEqualTo("FailedCreate");
    assertThat(failure.getMessage()).isEqualTo("boom");
    vm.setStatus(status);
    assertThat(condition(next(vm, null), "Failure")).isNull();
  }

  @Test
  void mirrorsVmiConditionsAndDropsVanishedOnes() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getStatus()
        .setConditions(
            new ArrayList<>(
                List.of(
                    TestVms.condition("AgentConnected", "True", null),
                    TestVms.condition("RestartRequired", "True", null))));
    Condition paused = TestVms.condition("Paused", "True", "PausedByUser");
    VirtualMachineInstance vmi =
        TestVms.withConditions(TestVms.vmi(VirtualMachineInstancePhase.RUNNING), paused);
    VirtualMachineStatus status = next(vm, vmi);
    assertThat(status.getConditions())
        .extracting(Condition::getType)
        .containsExactly("RestartRequired", "Ready", "Paused");
    assertThat(condition(status, "Paused")).isEqualTo(paused);
    assertThat(status.getPrintableStatus()).isEqualTo(PrintableStatus.PAUSED);
  }

  @Test
  void generationsAreWrittenOnlyWhileAVmiExists() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getStatus().setObservedGeneration(1L).setDesiredGeneration(1L);
    VirtualMachineInstance vmi = TestVms.vmi(VirtualMachineInstancePhase.RUNNING);
    vmi.getMetadata().setAnnotations(Map.of("kubevirt.io/vm-generation", "2"));
    VirtualMachineStatus status = next(vm, vmi);
    assertThat(status.getObservedGeneration()).isEqualTo(2L);
    assertThat(status.getDesiredGeneration()).isEqualTo(3L);
    assertThat(next(vm, null).getObservedGeneration()).isEqualTo(1L);
  }

  @Test
  void trimsOnlyTheFirstRequestOnceDone() {
    VirtualMachine vm =
        TestVms.withRequests(
            TestVms.vm(RunStrategy.MANUAL), TestVms.stop(VMI_UID), TestVms.start());
    VirtualMachineInstance vmi = TestVms.vmi(VirtualMachineInstancePhase.RUNNING);
    assertThat(next(vm, vmi).getStateChangeRequests()).hasSize(2);
    assertThat(next(vm, null).getStateChangeRequests())
        .singleElement()
        .satisfies(r -> assertThat(r.getAction()).isEqualTo(StateChangeAction.START));
    TestVms.withRequests(vm, TestVms.start());
    assertThat(next(vm, null).getStateChangeRequests()).hasSize(1);
    assertThat(next(vm, TestVms.vmi(VirtualMachineInstancePhase.FAILED)).getStateChangeRequests())
        .hasSize(1);
    assertThat(next(vm, vmi).getStateChangeRequests()).isNull();
    assertThat(vm.getStatus().getStateChangeRequests()).hasSize(1);
  }

  @Test
  void countsAnEarlyFailureAndShowsTheCrashLoop() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    VirtualMachineStatus status = next(vm, TestVms.vmi(VirtualMachineInstancePhase.FAILED));
    assertThat(status.getStartFailure().getConsecutiveFailCount()).isEqualTo(1);
    assertThat(status.getStartFailure().getRetryAfterTimestamp()).isEqualTo("2026-03-01T12:00:10Z");
    assertThat(status.getPrintableStatus()).isEqualTo(PrintableStatus.CRASH_LOOP_BACK_OFF);
    assertThat(vm.getStatus().getStartFailure()).isNull();
  }

  private static VirtualMachineStatus next(VirtualMachine vm, VirtualMachineInstance vmi) {
    return VmStatusCalculator.next(TestVms.observe(vm, vmi), StatusInputs.ok(() -> 0.0));
  }

  private static Condition ready(VirtualMachineStatus status) {
    return condition(status, "Ready");
  }

  private static Condition condition(VirtualMachineStatus status, String type) {
    return status.getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }
}
