package io.jvirt.controller.vmi;

import static io.jvirt.api.v1.VirtualMachineInstancePhase.FAILED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.PENDING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.RUNNING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.vmi.decide.DecideFixtures;
import io.jvirt.testing.ManualClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One VMI sync against a fake act layer: how many writes each step of a VMI's life costs. */
class VmiSyncTest {
  private final FakeVmiActions actions = new FakeVmiActions();
  private final VmiSync sync = new VmiSync(actions, new ManualClock(DecideFixtures.NOW));

  @Test
  void aNewVmiCostsOnePodAndOneVmiWriteToReachScheduling() {
    VirtualMachineInstance vmi = admitted(PENDING);

    VmiSync.Result result = sync.sync(vmi, List.of());

    assertThat(actions.created).hasSize(1);
    assertThat(actions.written).hasSize(1);
    assertThat(result.written().getStatus().getPhase()).isEqualTo(SCHEDULING);
    assertThat(result.waitingForDataVolumes()).isFalse();
  }

  @Test
  void theNextSyncsWriteOnlyTheHandOver() {
    VirtualMachineInstance vmi = admitted(PENDING);
    VirtualMachineInstance scheduling = sync.sync(vmi, List.of()).written();
    Pod created = actions.created.get(0);

    Pod bound =
        new io.fabric8.kubernetes.api.model.PodBuilder(created)
            .editSpec()
            .withNodeName(DecideFixtures.NODE)
            .endSpec()
            .build();
    assertThat(sync.sync(scheduling, List.of(bound)).written()).isNull();

    Pod ready =
        DecideFixtures.running()
            .editMetadata()
            .withName(created.getMetadata().getName())
            .withUid(created.getMetadata().getUid())
            .endMetadata()
            .build();
    VirtualMachineInstance scheduled = sync.sync(scheduling, List.of(ready)).written();

    assertThat(scheduled.getStatus().getPhase()).isEqualTo(SCHEDULED);
    assertThat(actions.written).hasSize(2);
    assertThat(actions.created).hasSize(1);
  }

  @Test
  void aSyncBeforeTheInformerShowsTheNewPodNeitherFailsNorWrites() {
    VirtualMachineInstance scheduling = sync.sync(admitted(PENDING), List.of()).written();

    VmiSync.Result result = sync.sync(scheduling, List.of());

    assertThat(result.written()).isNull();
    assertThat(actions.written).hasSize(1);
    assertThat(actions.created).hasSize(1);
  }

  @Test
  void aDeletedRunningVmiHasItsPodDeleted() {
    VirtualMachineInstance vmi = admitted(RUNNING);
    vmi.getMetadata().setDeletionTimestamp("2026-03-01T12:00:00Z");

    sync.sync(vmi, List.of(DecideFixtures.running().build()));

    assertThat(actions.deleted).containsExactly("virt-launcher-testvmi-abcde");
    assertThat(actions.created).isEmpty();
  }

  @Test
  void aDeletedFinalVmiWithoutPodsGoesInOneWrite() {
    VirtualMachineInstance vmi = admitted(FAILED);
    vmi.getMetadata().setDeletionTimestamp("2026-03-01T12:00:00Z");

    sync.sync(vmi, List.of());

    assertThat(actions.written).hasSize(1);
    assertThat(actions.written.get(0).getMetadata().getFinalizers()).isEmpty();
  }

  @Test
  void aFinalVmiReleasesTheFinalizerOfAVmThatIsGoneButNotOfOneThatExists() {
    VirtualMachineInstance vmi = ownedByVm(admitted(FAILED));
    actions.existingVms.add("vm-uid");
    sync.sync(vmi, List.of());
    assertThat(actions.written.get(0).getMetadata().getFinalizers())
        .contains(KubevirtFinalizers.VM_CONTROLLER);

    actions.existingVms.clear();
    sync.sync(vmi, List.of());
    assertThat(actions.written.get(1).getMetadata().getFinalizers())
        .doesNotContain(KubevirtFinalizers.VM_CONTROLLER);
  }

  /** The VMI as admission stores it: the foreground-delete finalizer, the given phase. */
  private static VirtualMachineInstance admitted(
      io.jvirt.api.v1.VirtualMachineInstancePhase phase) {
    VirtualMachineInstance vmi = DecideFixtures.vmi(phase);
    vmi.getMetadata()
        .setFinalizers(new ArrayList<>(List.of(KubevirtFinalizers.VMI_FOREGROUND_DELETE)));
    return vmi;
  }

  private static VirtualMachineInstance ownedByVm(VirtualMachineInstance vmi) {
    vmi.getMetadata().getFinalizers().add(KubevirtFinalizers.VM_CONTROLLER);
    return DecideFixtures.ownedByVm(vmi);
  }
}
