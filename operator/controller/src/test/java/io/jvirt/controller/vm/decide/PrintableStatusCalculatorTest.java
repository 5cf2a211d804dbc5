package io.jvirt.controller.vm.decide;

import static io.jvirt.api.v1.PrintableStatus.CRASH_LOOP_BACK_OFF;
import static io.jvirt.api.v1.PrintableStatus.ERROR_UNSCHEDULABLE;
import static io.jvirt.api.v1.PrintableStatus.MIGRATING;
import static io.jvirt.api.v1.PrintableStatus.PAUSED;
import static io.jvirt.api.v1.PrintableStatus.PROVISIONING;
import static io.jvirt.api.v1.PrintableStatus.RUNNING;
import static io.jvirt.api.v1.PrintableStatus.STARTING;
import static io.jvirt.api.v1.PrintableStatus.STOPPED;
import static io.jvirt.api.v1.PrintableStatus.STOPPING;
import static io.jvirt.api.v1.PrintableStatus.TERMINATING;
import static io.jvirt.api.v1.PrintableStatus.UNKNOWN;
import static io.jvirt.api.v1.PrintableStatus.WAITING_FOR_RECEIVER;
import static io.jvirt.api.v1.PrintableStatus.WAITING_FOR_VOLUME_BINDING;
import static io.jvirt.api.v1.RunStrategy.ALWAYS;
import static io.jvirt.api.v1.RunStrategy.HALTED;
import static io.jvirt.api.v1.RunStrategy.MANUAL;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.FAILED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.PENDING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SUCCEEDED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.WAITING_FOR_SYNC;
import static io.jvirt.controller.vm.decide.TestVms.observe;
import static io.jvirt.controller.vm.decide.TestVms.vm;
import static io.jvirt.controller.vm.decide.TestVms.vmi;
import static io.jvirt.controller.vm.decide.TestVms.withConditions;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StartFailure;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.vmi.MigrationState;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each printable-status rule in table order, and that an earlier rule beats a later one. */
class PrintableStatusCalculatorTest {
  private static final PrintableStatus PVC = PrintableStatus.ERROR_PVC_NOT_FOUND;
  private static final PrintableStatus DV_ERROR = PrintableStatus.DATA_VOLUME_ERROR;
  private static final PrintableStatus PULL = PrintableStatus.ERR_IMAGE_PULL;
  private static final PrintableStatus BACK_OFF = PrintableStatus.IMAGE_PULL_BACK_OFF;
  private static final DataVolumePhase IMPORTING = DataVolumePhase.IMPORT_IN_PROGRESS;
  private static final DataVolumePhase WFFC = DataVolumePhase.WAIT_FOR_FIRST_CONSUMER;
  private static final RunStrategy RERUN = RunStrategy.RERUN_ON_FAILURE;
  private static final RunStrategy RECEIVER = RunStrategy.WAIT_AS_RECEIVER;

  static Stream<Arguments> cases() {
    return Stream.of(
        row("1 deleted VM beats Running", observe(deletedVm(), running()), TERMINATING),
        row("2 VMI being deleted beats Running", always(deleting()), STOPPING),
        row("2 expected deletion", observe(vm(ALWAYS), running(), false, true), STOPPING),
        row("2 final VMI is not stopping", always(TestVms.deleting(vmi(FAILED))), STOPPED),
        row("3 migration beats Running", always(migrating("11:59:00", null)), MIGRATING),
        row("3 ended migration", always(migrating("11:00:00", "11:30:00")), RUNNING),
        row("3 migration not started yet", always(migrating("12:00:01", null)), RUNNING),
        row("4 paused", always(withConditions(running(), cond("Paused", "True", "x"))), PAUSED),
        row("5 running", always(running()), RUNNING),
        row("6 PVC not found beats Starting", always(synced(PENDING, "FailedPvcNotFound")), PVC),
        row("7 failed DV beats Provisioning", withDv(ALWAYS, DataVolumePhase.FAILED), DV_ERROR),
        row("7 importer error", withDv(ALWAYS, IMPORTING, dvCond("Running", "Error")), DV_ERROR),
        row(
            "7 pull failed",
            withDv(ALWAYS, IMPORTING, dvCond("Running", "ImagePullFailed")),
            DV_ERROR),
        row("8 unschedulable beats Starting", always(unschedulable()), ERROR_UNSCHEDULABLE),
        row("9 importing DataVolume", withDv(ALWAYS, IMPORTING), PROVISIONING),
        row("9 WFFC unbound is not provisioning", withDv(HALTED, WFFC), STOPPED),
        row("9 WFFC but bound", withDv(HALTED, WFFC, dvCond("Bound", "True")), PROVISIONING),
        row("10 unbound PVC, set to start", withPvc(ALWAYS, "Pending"), WAITING_FOR_VOLUME_BINDING),
        row("10 unbound PVC, halted", withPvc(HALTED, "Pending"), STOPPED),
        row("10 bound PVC", withPvc(ALWAYS, "Bound"), STOPPED),
        row("11 image pull error beats Starting", always(synced(PENDING, "ErrImagePull")), PULL),
        row("12 pull back-off", always(synced(SCHEDULING, "ImagePullBackOff")), BACK_OFF),
        row(
            "13 expected creation beats crash loop",
            observe(crashing(ALWAYS), null, true, false),
            STARTING),
        row("13 phase unset", always(vmi(null)), STARTING),
        row("13 pending", always(vmi(PENDING)), STARTING),
        row("13 scheduling", always(vmi(SCHEDULING)), STARTING),
        row("13 scheduled", always(vmi(SCHEDULED)), STARTING),
        row("14 crash loop without VMI", observe(crashing(ALWAYS), null), CRASH_LOOP_BACK_OFF),
        row(
            "14 crash loop beats Stopped",
            observe(crashing(RERUN), vmi(FAILED)),
            CRASH_LOOP_BACK_OFF),
        row("14 Manual does not crash loop", observe(crashing(MANUAL), null), STOPPED),
        row("15 no VMI", observe(vm(HALTED), null), STOPPED),
        row("15 final VMI", observe(vm(MANUAL), vmi(SUCCEEDED)), STOPPED),
        row("15 Stopped beats WaitingForReceiver", observe(vm(RECEIVER), null), STOPPED),
        row(
            "16 receiver waiting",
            observe(vm(RECEIVER), vmi(WAITING_FOR_SYNC)),
            WAITING_FOR_RECEIVER),
        row("- unknown VMI phase", always(vmi(VirtualMachineInstancePhase.UNKNOWN)), UNKNOWN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firstMatchingRuleWins(String name, VmObservation obs, PrintableStatus expected) {
    assertThat(PrintableStatusCalculator.calculate(obs)).isEqualTo(expected);
  }

  private static Arguments row(String name, VmObservation obs, PrintableStatus expected) {
    return Arguments.of(name, obs, expected);
  }

  private static VmObservation always(VirtualMachineInstance vmi) {
    return observe(vm(ALWAYS), vmi);
  }

  private static VirtualMachine deletedVm() {
    VirtualMachine vm = vm(ALWAYS);
    vm.getMetadata().setDeletionTimestamp(TestVms.EARLIER);
    return vm;
  }

  private static VirtualMachineInstance running() {
    return vmi(VirtualMachineInstancePhase.RUNNING);
  }

  private static VirtualMachineInstance deleting() {
    return TestVms.deleting(running());
  }

  /** A running VMI migrating between these times of {@link TestVms#NOW}'s day. */
  private static VirtualMachineInstance migrating(String start, String end) {
    VirtualMachineInstance vmi = running();
    vmi.getStatus()
        .setMigrationState(
            new MigrationState()
                .setStartTimestamp("2026-03-01T" + start + "Z")
                .setEndTimestamp(end == null ? null : "2026-03-01T" + end + "Z"));
    return vmi;
  }

  private static VirtualMachineInstance synced(VirtualMachineInstancePhase phase, String reason) {
    return withConditions(vmi(phase), cond("Synchronized", "False", reason));
  }

  private static VirtualMachineInstance unschedulable() {
    return withConditions(vmi(SCHEDULING), cond("PodScheduled", "False", "Unschedulable"));
  }

  private static Condition cond(String type, String status, String reason) {
    return TestVms.condition(type, status, reason);
  }

  private static DataVolumeCondition dvCond(String type, String reasonOrTrue) {
    return "True".equals(reasonOrTrue)
        ? TestVms.dvCondition(type, "True", type)
        : TestVms.dvCondition(type, "False", reasonOrTrue);
  }

  private static VirtualMachine crashing(RunStrategy strategy) {
    VirtualMachine vm = vm(strategy);
    vm.getStatus().setStartFailure(new StartFailure().setConsecutiveFailCount(2));
    return vm;
  }

  private static VmObservation withDv(
      RunStrategy strategy, DataVolumePhase phase, DataVolumeCondition... conditions) {
    VirtualMachine vm = TestVms.withDataVolumeVolume(vm(strategy), "disk");
    var dv = TestVms.dataVolume("disk", phase, conditions);
    return observe(vm, null, Map.of("disk", dv), Map.of());
  }

  private static VmObservation withPvc(RunStrategy strategy, String pvcPhase) {
    VirtualMachine vm = TestVms.withDataVolumeVolume(vm(strategy), "disk");
    return observe(vm, null, Map.of(), Map.of("disk", pvcPhase));
  }
}
