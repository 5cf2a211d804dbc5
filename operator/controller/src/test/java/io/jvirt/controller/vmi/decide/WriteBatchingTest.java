package io.jvirt.controller.vmi.decide;

import static io.jvirt.api.v1.VirtualMachineInstancePhase.FAILED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.PENDING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.RUNNING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NODE;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decider's part in keeping a VMI's way to Scheduled at two VMI writes. */
class WriteBatchingTest {
  private static final String POD_UID = "uid-virt-launcher-testvmi-abcde";

  @Test
  void theSyncThatCreatesThePodWritesSchedulingAtOnce() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(PENDING);
    VmiStatusUpdate first = VmiStatusDecider.decide(vmi, List.of(), NOW);
    assertThat(first.createPod()).isTrue();

    VmiStatusUpdate update =
        VmiStatusDecider.afterPodCreation(
            vmi, first, List.of(DecideFixtures.pending()), DataVolumeStates.UNKNOWN, NOW);

    assertThat(update.status().getPhase()).isEqualTo(SCHEDULING);
    assertThat(update.createPod()).isFalse();
    assertThat(update.status().getActivePods()).containsExactly(Map.entry(POD_UID, ""));
    assertThat(update.status().getPhaseTransitionTimestamps())
        .extracting(PhaseTransitionTimestamp::getPhase)
        .containsExactly("Pending", "Scheduling");
  }

  @Test
  void aPodGivenItsNodeIsNotWorthAWriteOfItsOwn() {
    VirtualMachineInstance scheduling = schedulingAfterCreation();
    Pod bound =
        DecideFixtures.pod("virt-launcher-testvmi-abcde")
            .editSpec()
            .withNodeName(NODE)
            .endSpec()
            .build();

    VmiStatusUpdate update = VmiStatusDecider.decide(scheduling, List.of(bound), NOW);

    assertThat(update.status()).isEqualTo(scheduling.getStatus());
  }

  @Test
  void theHandOverCarriesTheNodeTheLastSyncDeferred() {
    VirtualMachineInstance scheduling = schedulingAfterCreation();

    VmiStatusUpdate update =
        VmiStatusDecider.decide(scheduling, List.of(DecideFixtures.running().build()), NOW);

    assertThat(update.status().getPhase()).isEqualTo(SCHEDULED);
    assertThat(update.status().getActivePods()).containsExactly(Map.entry(POD_UID, NODE));
  }

  @Test
  void aNodeComesWithAnyOtherChange() {
    VirtualMachineInstance scheduling = schedulingAfterCreation();
    Pod pulling =
        DecideFixtures.pod("virt-launcher-testvmi-abcde")
            .editSpec()
            .withNodeName(NODE)
            .endSpec()
            .editStatus()
            .withContainerStatuses(DecideFixtures.waiting("compute", "ErrImagePull"))
            .endStatus()
            .build();

    VmiStatusUpdate update = VmiStatusDecider.decide(scheduling, List.of(pulling), NOW);

    assertThat(update.status()).isNotEqualTo(scheduling.getStatus());
    assertThat(update.status().getActivePods()).containsExactly(Map.entry(POD_UID, NODE));
  }

  private static VirtualMachineInstance schedulingAfterCreation() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(PENDING);
    List<Pod> pods = List.of(DecideFixtures.pending());
    VmiStatusUpdate update =
        VmiStatusDecider.afterPodCreation(
            vmi, VmiStatusDecider.decide(vmi, List.of(), NOW), pods, DataVolumeStates.UNKNOWN, NOW);
    vmi.setStatus(update.status());
    return vmi;
  }

  @Test
  void aVmiBeingDeletedIsNotWrittenForItsPodGoingAway() {
    VirtualMachineInstance running = DecideFixtures.vmi(RUNNING);
    running.getMetadata().setDeletionTimestamp("2026-03-01T11:59:59Z");
    Pod terminating =
        DecideFixtures.running()
            .editMetadata()
            .withDeletionTimestamp("2026-03-01T11:59:59Z")
            .endMetadata()
            .build();

    VmiStatusUpdate update = VmiStatusDecider.decide(running, List.of(terminating), NOW);

    assertThat(update.status()).isEqualTo(running.getStatus());
  }

  @Test
  void aVmiWhosePodIsGoneFailsAndLetsGoInOneWrite() {
    VirtualMachineInstance running = DecideFixtures.vmi(RUNNING);
    running.getMetadata().setDeletionTimestamp("2026-03-01T11:59:59Z");

    VmiStatusUpdate update = VmiStatusDecider.decide(running, List.of(), NOW);

    assertThat(update.status().getPhase()).isEqualTo(FAILED);
    assertThat(update.removeForegroundFinalizer()).isTrue();
  }
}
