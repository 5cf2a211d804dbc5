package io.jvirt.controller.vm.decide;

import static io.jvirt.controller.vm.decide.TestVms.NOW;
import static io.jvirt.controller.vm.decide.TestVms.VMI_UID;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StartFailure;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.controller.vm.decide.RunAction.CreateVmi;
import io.jvirt.controller.vm.decide.RunAction.DeleteVmi;
import io.jvirt.controller.vm.decide.RunAction.Fail;
import io.jvirt.controller.vm.decide.RunAction.RequeueAfter;
import io.jvirt.controller.vm.decide.RunAction.SetRunStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run-strategy cases outside the main table: ordering, back-off, deletion, disks, errors. */
class RunStrategyDeciderTest {

  @Test
  void onlyTheFirstRequestCounts() {
    VirtualMachine manual =
        TestVms.withRequests(TestVms.vm(RunStrategy.MANUAL), TestVms.stop("old"), TestVms.start());
    assertThat(decide(manual, null)).isEmpty();
    VirtualMachine running =
        TestVms.withRequests(
            TestVms.vm(RunStrategy.MANUAL), TestVms.start(), TestVms.stop(VMI_UID));
    assertThat(decide(running, TestVms.vmi(VirtualMachineInstancePhase.RUNNING))).isEmpty();
  }

  @Test
  void alwaysWaitsOutTheCrashLoopBackoff() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getStatus().setStartFailure(failure(NOW.plusSeconds(42).toString()));
    assertThat(decide(vm, null)).containsExactly(new RequeueAfter(Duration.ofSeconds(42)));
    vm.getStatus().setStartFailure(failure(NOW.minusSeconds(1).toString()));
    assertThat(decide(vm, null)).containsExactly(new CreateVmi());
  }

  @Test
  void rerunOnFailureRespectsTheBackoffButOnceDoesNot() {
    VirtualMachine rerun =
        TestVms.withRequests(TestVms.vm(RunStrategy.RERUN_ON_FAILURE), TestVms.start());
    rerun.getStatus().setStartFailure(failure(NOW.plusSeconds(10).toString()));
    assertThat(decide(rerun, null)).containsExactly(new RequeueAfter(Duration.ofSeconds(10)));
    VirtualMachine once = TestVms.vm(RunStrategy.ONCE);
    once.getStatus().setStartFailure(failure(NOW.plusSeconds(10).toString()));
    assertThat(decide(once, null)).containsExactly(new CreateVmi());
  }

  @Test
  void rerunOnFailureStartsWhenTheStrategyWasJustSwitched() {
    VirtualMachine vm = TestVms.vm(RunStrategy.RERUN_ON_FAILURE);
    vm.getStatus().setRunStrategy(RunStrategy.HALTED);
    assertThat(decide(vm, null)).containsExactly(new CreateVmi());
    vm.getStatus().setRunStrategy(null);
    assertThat(decide(vm, null)).containsExactly(new CreateVmi());
  }

  @Test
  void nothingHappensWhileExpectationsArePending() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    assertThat(RunStrategyDecider.decide(TestVms.observe(vm, null, true, false)).isEmpty())
        .isTrue();
    VirtualMachine halted = TestVms.vm(RunStrategy.HALTED);
    var running = TestVms.vmi(VirtualMachineInstancePhase.RUNNING);
    assertThat(RunStrategyDecider.decide(TestVms.observe(halted, running, false, true)).isEmpty())
        .isTrue();
  }

  @Test
  void aDeletedVmDeletesItsVmiUnlessOrphaningOrAlreadyGoing() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getMetadata().setDeletionTimestamp(TestVms.EARLIER);
    assertThat(decide(vm, TestVms.vmi(VirtualMachineInstancePhase.RUNNING)))
        .singleElement()
        .isInstanceOf(DeleteVmi.class);
    assertThat(decide(vm, null)).isEmpty();
    assertThat(decide(vm, TestVms.deleting(TestVms.vmi(VirtualMachineInstancePhase.RUNNING))))
        .isEmpty();
    vm.getMetadata().getFinalizers().add(KubevirtFinalizers.ORPHAN);
    assertThat(decide(vm, TestVms.vmi(VirtualMachineInstancePhase.RUNNING))).isEmpty();
  }

  @Test
  void haltedWithStartRequestUsesTheFieldTheVmUses() {
    VirtualMachine vm = TestVms.withRequests(TestVms.vm(null), TestVms.start());
    vm.getSpec().setRunning(false);
    List<RunAction> actions = decide(vm, null);
    assertThat(actions.get(0)).isEqualTo(new SetRunStrategy(RunStrategy.ALWAYS, true));
    assertThat(actions.get(1)).isInstanceOf(Fail.class);
  }

  @Test
  void contradictoryOrUnsupportedStrategiesFail() {
    VirtualMachine both = TestVms.vm(RunStrategy.ALWAYS);
    both.getSpec().setRunning(true);
    assertThat(decide(both, null))
        .containsExactly(
            new Fail(
                "FailedCreate",
                "Error fetching RunStrategy: running and runstrategy are mutually exclusive"));
    assertThat(decide(TestVms.vm(RunStrategy.WAIT_AS_RECEIVER), null))
        .singleElement()
        .isInstanceOf(Fail.class);
  }

  @Test
  void startWaitsForTemplateDataVolumes() {
    VirtualMachine vm = withDataVolumeTemplate(TestVms.vm(RunStrategy.ALWAYS), "disk");
    assertThat(decide(vm, null)).isEmpty();
    var importing = Map.of("disk", TestVms.dataVolume("disk", DataVolumePhase.IMPORT_IN_PROGRESS));
    assertThat(decide(vm, null, importing)).isEmpty();
    var done = Map.of("disk", TestVms.dataVolume("disk", DataVolumePhase.SUCCEEDED));
    assertThat(decide(vm, null, done)).containsExactly(new CreateVmi());
    var wffc = Map.of("disk", TestVms.dataVolume("disk", DataVolumePhase.WAIT_FOR_FIRST_CONSUMER));
    assertThat(decide(vm, null, wffc)).containsExactly(new CreateVmi());
  }

  @Test
  void deferredDataVolumesOnlyHoldBackTheStart() {
    VirtualMachine vm = withDataVolumeTemplate(TestVms.vm(RunStrategy.ALWAYS), "disk");
    vm.getMetadata()
        .setAnnotations(Map.of(KubevirtAnnotations.IMMEDIATE_DATA_VOLUME_CREATION, "false"));
    assertThat(decide(vm, TestVms.vmi(VirtualMachineInstancePhase.FAILED)))
        .singleElement()
        .isInstanceOf(DeleteVmi.class);
    assertThat(decide(vm, null)).isEmpty();
  }

  @Test
  void haltedStopsEvenWhileDataVolumesAreNotReady() {
    VirtualMachine vm = withDataVolumeTemplate(TestVms.vm(RunStrategy.HALTED), "disk");
    assertThat(decide(vm, TestVms.vmi(VirtualMachineInstancePhase.RUNNING)))
        .singleElement()
        .isInstanceOf(DeleteVmi.class);
  }

  @Test
  void quotaErrorOfAPendingDataVolumeFails() {
    VirtualMachine vm = withDataVolumeTemplate(TestVms.vm(RunStrategy.ALWAYS), "disk");
    var pending =
        Map.of(
            "disk",
            TestVms.dataVolume(
                "disk",
                DataVolumePhase.PENDING,
                TestVms.dvCondition("Bound", "Unknown", "ErrExceededQuota")));
    assertThat(decide(vm, null, pending)).singleElement().isInstanceOf(Fail.class);
  }

  @Test
  void manualRecoveryRequiredBlocksTheStart() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getStatus()
        .setConditions(List.of(TestVms.condition("ManualRecoveryRequired", "True", "interrupted")));
    assertThat(decide(vm, null)).isEmpty();
  }

  private static List<RunAction> decide(VirtualMachine vm, VirtualMachineInstance vmi) {
    return RunStrategyDecider.decide(TestVms.observe(vm, vmi)).actions();
  }

  private static List<RunAction> decide(
      VirtualMachine vm, VirtualMachineInstance vmi, Map<String, DataVolume> dataVolumes) {
    return RunStrategyDecider.decide(TestVms.observe(vm, vmi, dataVolumes, Map.of())).actions();
  }

  private static StartFailure failure(String retryAfter) {
    return new StartFailure()
        .setConsecutiveFailCount(1)
        .setLastFailedVMIUID("old")
        .setRetryAfterTimestamp(retryAfter);
  }

  private static VirtualMachine withDataVolumeTemplate(VirtualMachine vm, String name) {
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    vm.getSpec().setDataVolumeTemplates(List.of(new DataVolumeTemplateSpec().setMetadata(meta)));
    return TestVms.withDataVolumeVolume(vm, name);
  }
}
