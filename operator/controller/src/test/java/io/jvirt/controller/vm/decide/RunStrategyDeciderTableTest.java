package io.jvirt.controller.vm.decide;

import static io.jvirt.controller.vm.decide.TestVms.VMI_UID;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.controller.vm.decide.RunAction.AppendStartRequest;
import io.jvirt.controller.vm.decide.RunAction.CreateVmi;
import io.jvirt.controller.vm.decide.RunAction.DeleteVmi;
import io.jvirt.controller.vm.decide.RunAction.Fail;
import io.jvirt.controller.vm.decide.RunAction.SetRunStrategy;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every run strategy × VMI state × first request (none, Start, Stop for this VMI, Stop for an older
 * VMI). Cells: "-" nothing, else actions joined by "+".
 */
class RunStrategyDeciderTableTest {

  /** The VMI situations of the table. */
  enum VmiState {
    ABSENT,
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    DELETING
  }

  @ParameterizedTest(name = "{0} with VMI {1}")
  @CsvSource({
    // strategy,      vmi,       no request,   Start,        Stop(uid),    Stop(stale)
    "ALWAYS,           ABSENT,    create,       create,       create,       create",
    "ALWAYS,           PENDING,   -,            -,            delete,       -",
    "ALWAYS,           RUNNING,   -,            -,            delete,       -",
    "ALWAYS,           SUCCEEDED, delete,       delete,       delete,       delete",
    "ALWAYS,           FAILED,    delete,       delete,       delete,       delete",
    "ALWAYS,           DELETING,  -,            -,            -,            -",
    "RERUN_ON_FAILURE, ABSENT,    -,            create,       -,            -",
    "RERUN_ON_FAILURE, PENDING,   -,            -,            delete,       -",
    "RERUN_ON_FAILURE, RUNNING,   -,            -,            delete,       -",
    "RERUN_ON_FAILURE, SUCCEEDED, delete,       delete,       delete,       delete",
    "RERUN_ON_FAILURE, FAILED,    start+delete, delete,       start+delete, start+delete",
    "RERUN_ON_FAILURE, DELETING,  -,            -,            -,            -",
    "MANUAL,           ABSENT,    -,            create,       -,            -",
    "MANUAL,           PENDING,   -,            -,            delete,       -",
    "MANUAL,           RUNNING,   -,            -,            delete,       -",
    "MANUAL,           SUCCEEDED, -,            -,            delete,       -",
    "MANUAL,           FAILED,    -,            -,            delete,       -",
    "MANUAL,           DELETING,  -,            -,            -,            -",
    "HALTED,           ABSENT,    -,            always+fail,  -,            -",
    "HALTED,           PENDING,   delete,       delete,       delete,       delete",
    "HALTED,           RUNNING,   delete,       delete,       delete,       delete",
    "HALTED,           SUCCEEDED, delete,       delete,       delete,       delete",
    "HALTED,           FAILED,    delete,       delete,       delete,       delete",
    "HALTED,           DELETING,  -,            -,            -,            -",
    "ONCE,             ABSENT,    create,       create,       create,       create",
    "ONCE,             PENDING,   -,            -,            -,            -",
    "ONCE,             RUNNING,   -,            -,            -,            -",
    "ONCE,             SUCCEEDED, -,            -,            -,            -",
    "ONCE,             FAILED,    -,            -,            -,            -",
    "ONCE,             DELETING,  -,            -,            -,            -",
  })
  void decidesPerStrategyStateAndRequest(
      RunStrategy strategy,
      VmiState state,
      String none,
      String start,
      String stopThisVmi,
      String stopOlderVmi) {
    List<StateChangeRequest> requests =
        List.of(TestVms.start(), TestVms.stop(VMI_UID), TestVms.stop("older-vmi-uid"));
    assertThat(decide(strategy, state, null)).as("no request").isEqualTo(none);
    assertThat(decide(strategy, state, requests.get(0))).as("Start").isEqualTo(start);
    assertThat(decide(strategy, state, requests.get(1))).as("Stop this").isEqualTo(stopThisVmi);
    assertThat(decide(strategy, state, requests.get(2))).as("Stop older").isEqualTo(stopOlderVmi);
  }

  private static String decide(RunStrategy strategy, VmiState state, StateChangeRequest request) {
    VirtualMachine vm = TestVms.vm(strategy);
    // the VM has run before: RerunOnFailure then starts only on request
    vm.getStatus().setRunStrategy(strategy);
    if (request != null) {
      TestVms.withRequests(vm, request);
    }
    RunDecision decision = RunStrategyDecider.decide(TestVms.observe(vm, vmi(state)));
    return decision.isEmpty()
        ? "-"
        : decision.actions().stream()
            .map(RunStrategyDeciderTableTest::token)
            .collect(Collectors.joining("+"));
  }

  private static VirtualMachineInstance vmi(VmiState state) {
    return switch (state) {
      case ABSENT -> null;
      case PENDING -> TestVms.vmi(VirtualMachineInstancePhase.PENDING);
      case RUNNING -> TestVms.vmi(VirtualMachineInstancePhase.RUNNING);
      case SUCCEEDED -> TestVms.vmi(VirtualMachineInstancePhase.SUCCEEDED);
      case FAILED -> TestVms.vmi(VirtualMachineInstancePhase.FAILED);
      case DELETING -> TestVms.deleting(TestVms.vmi(VirtualMachineInstancePhase.RUNNING));
    };
  }

  private static String token(RunAction action) {
    if (action instanceof CreateVmi) {
      return "create";
    } else if (action instanceof DeleteVmi) {
      return "delete";
    } else if (action instanceof AppendStartRequest) {
      return "start";
    } else if (action instanceof SetRunStrategy s) {
      return s.strategy() == RunStrategy.ALWAYS && !s.useRunningField() ? "always" : s.toString();
    } else if (action instanceof Fail f) {
      return f.reason().equals("FailedCreate") ? "fail" : f.toString();
    }
    return action.toString();
  }
}
