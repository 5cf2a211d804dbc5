package io.jvirt.controller.vmi.decide;

import static io.jvirt.api.v1.VirtualMachineInstancePhase.PENDING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.RUNNING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NODE;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Details of the VMI controller's status decision beyond the phase table. */
class VmiStatusDeciderTest {
  private static Condition condition(VmiStatusUpdate update, String type) {
    return update.status().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }

  @Test
  void handOverRecordsNodeQosTransportAndLabel() {
    VmiStatusUpdate update =
        VmiStatusDecider.decide(
            DecideFixtures.vmi(SCHEDULING), List.of(DecideFixtures.running().build()), NOW);

    VirtualMachineInstanceStatus status = update.status();
    assertThat(status.getPhase()).isEqualTo(SCHEDULED);
    assertThat(status.getNodeName()).isEqualTo(NODE);
    assertThat(status.getQosClass()).isEqualTo("Burstable");
    assertThat(status.getMigrationTransport()).isEqualTo("Unix");
    assertThat(status.getLauncherContainerImageVersion()).isEqualTo("virt-launcher:v1");
    assertThat(status.getActivePods())
        .containsExactly(Map.entry("uid-virt-launcher-testvmi-abcde", NODE));
    assertThat(update.labelsToAdd()).containsExactly(Map.entry("kubevirt.io/nodeName", NODE));
    assertThat(status.getPhaseTransitionTimestamps())
        .last()
        .isEqualTo(
            new PhaseTransitionTimestamp()
                .setPhase("Scheduled")
                .setPhaseTransitionTimestamp(NOW_TEXT));
  }

  @Test
  void firstDecisionCreatesThePodAndStampsPending() {
    VmiStatusUpdate update = VmiStatusDecider.decide(DecideFixtures.vmi(null), List.of(), NOW);

    assertThat(update.createPod()).isTrue();
    assertThat(update.status().getPhaseTransitionTimestamps())
        .containsExactly(
            new PhaseTransitionTimestamp()
                .setPhase("Pending")
                .setPhaseTransitionTimestamp(NOW_TEXT));
    assertThat(update.status().getActivePods()).isNull();
  }

  @Test
  void theInputVmiIsNeverModified() throws Exception {
    VirtualMachineInstance vmi = DecideFixtures.vmi(SCHEDULING);
    ObjectMapper mapper = new ObjectMapper();
    String before = mapper.writeValueAsString(vmi);

    VmiStatusUpdate update =
        VmiStatusDecider.decide(vmi, List.of(DecideFixtures.running().build()), NOW);

    assertThat(mapper.writeValueAsString(vmi)).isEqualTo(before);
    assertThat(update.status()).isNotSameAs(vmi.getStatus());
  }

  @Test
  void decidingAgainOnTheResultChangesNothing() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(SCHEDULING);
    List<Pod> pods = List.of(DecideFixtures.unschedulable());
    VmiStatusUpdate first = VmiStatusDecider.decide(vmi, pods, NOW);
    vmi.setStatus(first.status());

    VmiStatusUpdate second = VmiStatusDecider.decide(vmi, pods, NOW.plusSeconds(60));

    assertThat(second.status()).isEqualTo(first.status());
  }

  @Test
  void unschedulablePodIsCopiedAndClearedOnceScheduled() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(SCHEDULING);
    VmiStatusUpdate unschedulable =
        VmiStatusDecider.decide(vmi, List.of(DecideFixtures.unschedulable()), NOW);

    Condition scheduled = condition(unschedulable, "PodScheduled");
    assertThat(scheduled.getStatus()).isEqualTo("False");
    assertThat(scheduled.getReason()).isEqualTo("Unschedulable");
    assertThat(scheduled.getMessage()).isEqualTo("0/3 nodes");
    assertThat(scheduled.getLastTransitionTime()).isEqualTo("2026-03-01T11:59:40Z");

    vmi.setStatus(unschedulable.status());
    VmiStatusUpdate placed =
        VmiStatusDecider.decide(vmi, List.of(DecideFixtures.running().build()), NOW);
    assertThat(condition(placed, "PodScheduled")).isNull();
  }

  @Test
  void imagePullErrorsBecomeSynchronizedFalseUntilThePullWorks() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(SCHEDULING);
    Pod pulling =
        DecideFixtures.pod("virt-launcher-testvmi-abcde")
            .editStatus()
            .withContainerStatuses(
                DecideFixtures.waiting("compute", "ContainerCreating"),
                DecideFixtures.waiting("volumecontainerdisk", "ImagePullBackOff"))
            .endStatus()
            .build();

    VmiStatusUpdate failing = VmiStatusDecider.decide(vmi, List.of(pulling), NOW);

    Condition synced = condition(failing, "Synchronized");
    assertThat(synced.getStatus()).isEqualTo("False");
    assertThat(synced.getReason()).isEqualTo("ImagePullBackOff");
    assertThat(synced.getMessage()).isEqualTo("pull failed");
    assertThat(failing.status().getPhase()).isEqualTo(SCHEDULING);

    vmi.setStatus(failing.status());
    VmiStatusUpdate pulled =
        VmiStatusDecider.decide(vmi, List.of(DecideFixtures.running().build()), NOW);
    assertThat(condition(pulled, "Synchronized")).isNull();
  }

  @Test
  void aMissingPvcMarksThePendingVmiUnschedulable() {
    VmiStatusUpdate update =
        VmiStatusDecider.decide(
            DecideFixtures.vmi(PENDING),
            List.of(),
            NOW,
            new SyncFailure("FailedPvcNotFound", "didn't find PVC disk1"));

    assertThat(condition(update, "PodScheduled").getReason()).isEqualTo("Unschedulable");
    assertThat(condition(update, "Synchronized").getReason()).isEqualTo("FailedPvcNotFound");
  }

  @Test
  void dedicatedCpusWithoutGuaranteedQosAreNotHandedOver() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(SCHEDULING);
    vmi.getSpec().getDomain().setCpu(new CPU().setDedicatedCpuPlacement(true));

    VmiStatusUpdate update =
        VmiStatusDecider.decide(vmi, List.of(DecideFixtures.running().build()), NOW);

    assertThat(update.status().getPhase()).isEqualTo(SCHEDULING);
    assertThat(condition(update, "Synchronized").getReason()).isEqualTo("FailedGuaranteeResources");
  }

  @Test
  void deletingVmiDeletesPodsNotYetTerminating() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(RUNNING);
    vmi.getMetadata().setDeletionTimestamp("2026-03-01T11:59:59Z");
    Pod live = DecideFixtures.running().build();
    Pod leaving =
        DecideFixtures.running()
            .editMetadata()
            .withName("virt-launcher-testvmi-old")
            .withUid("uid-old")
            .withDeletionTimestamp("2026-03-01T11:59:00Z")
            .endMetadata()
            .build();

    VmiStatusUpdate update = VmiStatusDecider.decide(vmi, List.of(leaving, live), NOW);

    assertThat(update.podsToDelete()).containsExactly("virt-launcher-testvmi-abcde");
    assertThat(update.createPod()).isFalse();
    // on its way out the VMI is written only when its phase moves or it can go
    assertThat(update.status()).isEqualTo(vmi.getStatus());
  }

  @Test
  void scheduledVmisIgnoreSyncFailuresVirtHandlerOwnsThem() {
    VmiStatusUpdate update =
        VmiStatusDecider.decide(
            DecideFixtures.vmi(SCHEDULED),
            List.of(DecideFixtures.running().build()),
            NOW,
            new SyncFailure("FailedCreate", "boom"));

    assertThat(condition(update, "Synchronized")).isNull();
  }

  @Test
  void theNewestPodOnTheVmiNodeIsTheCurrentOne() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(RUNNING);
    vmi.getStatus().setNodeName(NODE);
    Pod target =
        DecideFixtures.running()
            .editMetadata()
            .withName("virt-launcher-testvmi-target")
            .withUid("uid-target")
            .withCreationTimestamp("2026-03-01T11:59:55Z")
            .endMetadata()
            .editSpec()
            .withNodeName("node-2")
            .endSpec()
            .editStatus()
            .withPhase("Failed")
            .endStatus()
            .build();

    VmiStatusUpdate update =
        VmiStatusDecider.decide(vmi, List.of(target, DecideFixtures.running().build()), NOW);

    assertThat(condition(update, "Ready").getStatus()).isEqualTo("True");
  }
}
