package io.jvirt.controller.vm.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VM controller's finalizer on VMs and VMIs. */
class VmFinalizerDeciderTest {

  @Test
  void aLiveVmGetsTheFinalizerOnce() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, null)))
        .isEqualTo(FinalizerChange.NONE);
    vm.getMetadata().setFinalizers(new ArrayList<>());
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, null))).isEqualTo(FinalizerChange.ADD);
  }

  @Test
  void aDeletedVmLetsGoOnceItsVmiIsGoneOrOrphaned() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getMetadata().setDeletionTimestamp(TestVms.EARLIER);
    VirtualMachineInstance vmi = TestVms.vmi(VirtualMachineInstancePhase.RUNNING);
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, vmi))).isEqualTo(FinalizerChange.NONE);
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, null)))
        .isEqualTo(FinalizerChange.REMOVE);
    vm.getMetadata().getFinalizers().add(KubevirtFinalizers.ORPHAN);
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, vmi)))
        .isEqualTo(FinalizerChange.REMOVE);
    vm.getMetadata().setFinalizers(new ArrayList<>(List.of(KubevirtFinalizers.ORPHAN)));
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, vmi))).isEqualTo(FinalizerChange.NONE);
  }

  @Test
  void waitsForPendingExpectations() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getMetadata().setFinalizers(new ArrayList<>());
    assertThat(VmFinalizerDecider.decide(TestVms.observe(vm, null, true, false)))
        .isEqualTo(FinalizerChange.NONE);
  }

  @Test
  void releasesFinalOrDeletedReceiverVmis() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    assertThat(
            VmFinalizerDecider.releaseVmi(
                TestVms.observe(vm, held(VirtualMachineInstancePhase.FAILED))))
        .isTrue();
    assertThat(
            VmFinalizerDecider.releaseVmi(
                TestVms.observe(vm, held(VirtualMachineInstancePhase.RUNNING))))
        .isFalse();
    VirtualMachineInstance receiver =
        TestVms.deleting(held(VirtualMachineInstancePhase.WAITING_FOR_SYNC));
    assertThat(VmFinalizerDecider.releaseVmi(TestVms.observe(vm, receiver))).isTrue();
    VirtualMachineInstance released = TestVms.vmi(VirtualMachineInstancePhase.SUCCEEDED);
    assertThat(VmFinalizerDecider.releaseVmi(TestVms.observe(vm, released))).isFalse();
  }

  private static VirtualMachineInstance held(VirtualMachineInstancePhase phase) {
    VirtualMachineInstance vmi = TestVms.vmi(phase);
    vmi.getMetadata().setFinalizers(new ArrayList<>(List.of(KubevirtFinalizers.VM_CONTROLLER)));
    return vmi;
  }
}
