package io.jvirt.controller.vmi.decide;

import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A VMI's launcher pod waits for its DataVolumes (upstream handleSyncDataVolumes): none while one
 * imports, a helper pod while one waits for a first consumer, the real pod (and the helper gone)
 * once all are ready; a failed one fails the VMI; DataVolumesReady says which.
 */
class DataVolumeGateTest {
  @Test
  void anImportingDataVolumeHoldsThePod() {
    VmiStatusUpdate update = decide(List.of(), DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(update.createPod()).isFalse();
    assertThat(update.createTemporaryPod()).isFalse();
    assertThat(update.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.PENDING);
    assertThat(condition(update, "DataVolumesReady").getStatus()).isEqualTo("False");
    assertThat(condition(update, "DataVolumesReady").getReason()).isEqualTo("NotAllDVsReady");
  }

  @Test
  void aMissingDataVolumeHoldsThePodToo() {
    VmiStatusUpdate update =
        VmiStatusDecider.decide(
            vmiWithDataVolume(),
            List.of(),
            DataVolumeStates.of(vmiWithDataVolume(), Map.of()),
            NOW,
            null);
    assertThat(update.createPod()).isFalse();
  }

  @Test
  void waitingForAFirstConsumerGetsAHelperPodOnceAndProvisioning() {
    VmiStatusUpdate first = decide(List.of(), DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
    assertThat(first.createTemporaryPod()).isTrue();
    assertThat(first.createPod()).isFalse();
    assertThat(condition(first, "Provisioning").getStatus()).isEqualTo("True");

    VmiStatusUpdate again = decide(List.of(helper()), DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
    assertThat(again.createTemporaryPod()).isFalse();
    assertThat(again.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.PENDING);
  }

  @Test
  void readyDataVolumesBringTheLauncherAndRetireTheHelper() {
    VmiStatusUpdate update = decide(List.of(helper()), DataVolumePhase.SUCCEEDED);
    assertThat(update.createPod()).isTrue();
    assertThat(update.podsToDelete()).containsExactly("virt-launcher-testvmi-helper");
    assertThat(condition(update, "Provisioning")).isNull();
    assertThat(condition(update, "DataVolumesReady").getStatus()).isEqualTo("True");
    assertThat(condition(update, "DataVolumesReady").getMessage())
        .isEqualTo("All of the VMI's DVs are bound and ready");
  }

  @Test
  void aFailedDataVolumeFailsThePendingVmi() {
    VmiStatusUpdate update = decide(List.of(), DataVolumePhase.FAILED);
    assertThat(update.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(update.createPod()).isFalse();
  }

  @Test
  void unknownDataVolumesChangeNothing() {
    VmiStatusUpdate update = VmiStatusDecider.decide(vmiWithDataVolume(), List.of(), NOW);
    assertThat(update.createPod()).isTrue();
    assertThat(condition(update, "DataVolumesReady")).isNull();
  }

  private static VmiStatusUpdate decide(List<Pod> pods, DataVolumePhase phase) {
    VirtualMachineInstance vmi = vmiWithDataVolume();
    DataVolume dv = new DataVolume();
    dv.setStatus(new DataVolumeStatus());
    dv.getStatus().setPhase(phase);
    return VmiStatusDecider.decide(
        vmi, pods, DataVolumeStates.of(vmi, Map.of("root", dv)), NOW, null);
  }

  private static VirtualMachineInstance vmiWithDataVolume() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(VirtualMachineInstancePhase.PENDING);
    vmi.getSpec()
        .setVolumes(
            new ArrayList<>(
                List.of(
                    new Volume()
                        .setName("rootdisk")
                        .setDataVolume(new DataVolumeVolumeSource().setName("root")))));
    return vmi;
  }

  private static Pod helper() {
    return DecideFixtures.pod("virt-launcher-testvmi-helper")
        .editMetadata()
        .addToAnnotations("kubevirt.io/ephemeral-provisioning", "true")
        .endMetadata()
        .build();
  }

  private static Condition condition(VmiStatusUpdate update, String type) {
    return update.status().getConditions() == null
        ? null
        : update.status().getConditions().stream()
            .filter(c -> type.equals(c.getType()))
            .findFirst()
            .orElse(null);
  }
}
