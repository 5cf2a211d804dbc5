package io.jvirt.apiserver.subresources.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StateChangeAction;
import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.VirtualMachineStatus;
import io.jvirt.api.v1.subresources.RestartOptions;
import io.jvirt.api.v1.subresources.StartOptions;
import io.jvirt.api.v1.subresources.StopOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** start/stop/restart per run strategy and VMI state, with upstream's refusals. */
class VmLifecycleTest {

  @ParameterizedTest(name = "start {0} with VMI {1}")
  @CsvSource({
    "HALTED,           ABSENT,    spec:Always",
    "MANUAL,           ABSENT,    status:Start",
    "MANUAL,           SUCCEEDED, status:Stop+Start",
    "RERUN_ON_FAILURE, ABSENT,    status:Start",
    "RERUN_ON_FAILURE, SUCCEEDED, status:Stop+Start",
    "RERUN_ON_FAILURE, FAILED,    409:RerunOnFailure does not support starting VM from failed state",
    "ALWAYS,           ABSENT,    409:Always does not support manual start requests",
    "ONCE,             SUCCEEDED, 409:Once does not support manual start requests",
    "ALWAYS,           RUNNING,   409:VM is already running",
    "MANUAL,           RUNNING,   409:VM is already running",
  })
  void start(RunStrategy strategy, String vmiState, String expected) {
    assertThat(summary(VmLifecycle.start(vm(strategy), vmi(vmiState), new StartOptions())))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "stop {0} with VMI {1}")
  @CsvSource({
    "ALWAYS,           RUNNING,   spec:Halted",
    "ONCE,             RUNNING,   spec:Halted",
    "ALWAYS,           ABSENT,    spec:Halted",
    "MANUAL,           RUNNING,   status:Stop",
    "RERUN_ON_FAILURE, RUNNING,   status:Stop",
    "MANUAL,           ABSENT,    409:VM is not running",
    "MANUAL,           SUCCEEDED, 409:VM is not running",
    "HALTED,           ABSENT,    409:VM is not running",
    "HALTED,           RUNNING,   409:Halted only supports manual stop requests with a shorter graceperiod",
  })
  void stop(RunStrategy strategy, String vmiState, String expected) {
    assertThat(summary(VmLifecycle.stop(vm(strategy), vmi(vmiState), new StopOptions())))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "restart {0} with VMI {1}")
  @CsvSource({
    "ALWAYS,           RUNNING, status:Stop+Start",
    "MANUAL,           RUNNING, status:Stop+Start",
    "RERUN_ON_FAILURE, RUNNING, status:Stop+Start",
    "HALTED,           RUNNING, 409:RunStategy Halted does not support manual restart requests",
    "ONCE,             RUNNING, 409:RunStategy Once does not support manual restart requests",
    "ALWAYS,           ABSENT,  409:VM is not running: Halted",
  })
  void restart(RunStrategy strategy, String vmiState, String expected) {
    assertThat(summary(VmLifecycle.restart(vm(strategy), vmi(vmiState), new RestartOptions())))
        .isEqualTo(expected);
  }

  @Test
  void stopOnAHaltedVmWithAShorterGracePeriodShortensItThenRequestsTheStop() {
    VirtualMachineInstance running = vmi("RUNNING");
    running.getSpec().setTerminationGracePeriodSeconds(180L);

    var plan =
        (LifecyclePlan.Apply)
            VmLifecycle.stop(vm(RunStrategy.HALTED), running, new StopOptions().setGracePeriod(0L));

    assertThat(plan.vmiPatch())
        .containsExactly(
            PatchOp.test("/spec/terminationGracePeriodSeconds", 180L),
            PatchOp.replace("/spec/terminationGracePeriodSeconds", 0L));
    assertThat(summary(plan)).isEqualTo("status:Stop");
  }

  @Test
  void forcedRestartSetsGraceToOneAndRefusesOtherGracePeriods() {
    var plan =
        (LifecyclePlan.Apply)
            VmLifecycle.restart(
                vm(RunStrategy.ALWAYS),
                vmi("RUNNING"),
                new RestartOptions().setGracePeriodSeconds(0L));
    assertThat(plan.vmiPatch())
        .containsExactly(PatchOp.add("/spec/terminationGracePeriodSeconds", 1L));
    assertThat(
            summary(
                VmLifecycle.restart(
                    vm(RunStrategy.ALWAYS),
                    vmi("RUNNING"),
                    new RestartOptions().setGracePeriodSeconds(5L))))
        .isEqualTo("400:For force restart, only gracePeriod=0 is supported for now");
    assertThat(
            summary(
                VmLifecycle.restart(
                    vm(RunStrategy.ALWAYS),
                    vmi("RUNNING"),
                    new RestartOptions().setGracePeriodSeconds(-1L))))
        .isEqualTo("400:gracePeriod has to be greater or equal to 0");
  }

  @Test
  void aPendingRequestReplacedOnlyIfItIsStillTheSame() {
    VirtualMachine vm = vm(RunStrategy.MANUAL);
    List<StateChangeRequest> pending = new ArrayList<>();
    pending.add(new StateChangeRequest().setAction(StateChangeAction.START));
    vm.setStatus(new VirtualMachineStatus().setStateChangeRequests(pending));

    var plan = (LifecyclePlan.Apply) VmLifecycle.stop(vm, vmi("RUNNING"), new StopOptions());

    assertThat(plan.vmStatusPatch()).extracting(PatchOp::op).containsExactly("test", "replace");
    assertThat(summary(VmLifecycle.restart(vm(RunStrategy.ALWAYS), vmi("RUNNING"), null)))
        .isEqualTo("status:Stop+Start");
    VirtualMachine busy = vm(RunStrategy.ALWAYS);
    busy.setStatus(new VirtualMachineStatus().setStateChangeRequests(pending));
    assertThat(summary(VmLifecycle.restart(busy, vmi("RUNNING"), null))).startsWith("500:");
  }

  @Test
  void theDeprecatedRunningFieldIsRewrittenWhereTheUserWroteIt() {
    VirtualMachine vm = vm(null);
    vm.getSpec().setRunning(true);

    var plan = (LifecyclePlan.Apply) VmLifecycle.stop(vm, vmi("RUNNING"), null);

    assertThat(plan.vmSpecPatch())
        .containsExactly(
            PatchOp.test("/spec/running", true), PatchOp.replace("/spec/running", false));
  }

  @Test
  void startPausedOnAHaltedVmIsAStartRequestWithPausedData() {
    var plan =
        (LifecyclePlan.Apply)
            VmLifecycle.start(vm(RunStrategy.HALTED), null, new StartOptions().setPaused(true));
    assertThat(plan.vmStatusPatch())
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.path()).isEqualTo("/status/stateChangeRequests");
              @SuppressWarnings("unchecked")
              List<StateChangeRequest> requests = (List<StateChangeRequest>) op.value();
              assertThat(requests.get(0).getData()).containsEntry("paused", "true");
            });
  }

  /** "spec:X", "status:A+B" or "code:message". */
  private static String summary(LifecyclePlan plan) {
    if (plan instanceof LifecyclePlan.Reject r) {
      String prefix = "Operation cannot be fulfilled on virtualmachine.kubevirt.io \"vm\": ";
      return r.code() + ":" + r.message().replace(prefix, "");
    }
    var apply = (LifecyclePlan.Apply) plan;
    assertThat(apply.successCode()).isEqualTo(202);
    if (!apply.vmSpecPatch().isEmpty()) {
      Object value = apply.vmSpecPatch().get(apply.vmSpecPatch().size() - 1).value();
      return "spec:" + value;
    }
    PatchOp last = apply.vmStatusPatch().get(apply.vmStatusPatch().size() - 1);
    @SuppressWarnings("unchecked")
    List<StateChangeRequest> requests = (List<StateChangeRequest>) last.value();
    return "status:"
        + String.join(
            "+",
            requests.stream()
                .map(r -> r.getAction() == StateChangeAction.START ? "Start" : "Stop")
                .toList());
  }

  private static VirtualMachine vm(RunStrategy strategy) {
    VirtualMachine vm = new VirtualMachine();
    vm.setMetadata(new ObjectMetaBuilder().withName("vm").withNamespace("ns").build());
    vm.setSpec(new VirtualMachineSpec().setRunStrategy(strategy));
    vm.setStatus(new VirtualMachineStatus());
    return vm;
  }

  private static VirtualMachineInstance vmi(String state) {
    if ("ABSENT".equals(state)) {
      return null;
    }
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(new ObjectMetaBuilder().withName("vm").withUid("vmi-uid").build());
    vmi.setSpec(new VirtualMachineInstanceSpec());
    vmi.setStatus(
        new VirtualMachineInstanceStatus().setPhase(VirtualMachineInstancePhase.valueOf(state)));
    return vmi;
  }
}
