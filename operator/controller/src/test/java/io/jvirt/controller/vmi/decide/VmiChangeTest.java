package io.jvirt.controller.vmi.decide;

import static io.jvirt.api.v1.VirtualMachineInstancePhase.FAILED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one VMI write a decision turns into: status, labels and finalizers together. */
class VmiChangeTest {
  @Test
  void nothingChangedWritesNothing() {
    VirtualMachineInstance vmi =
        withFinalizers(SCHEDULING, KubevirtFinalizers.VMI_FOREGROUND_DELETE);

    assertThat(VmiChange.of(vmi, keep(vmi), false)).isEmpty();
  }

  @Test
  void aLiveVmiAdmissionLeftWithoutTheFinalizerGetsItWithTheStatus() {
    VirtualMachineInstance vmi = withFinalizers(SCHEDULING);

    var written = VmiChange.of(vmi, keep(vmi), false).orElseThrow();

    assertThat(written.getMetadata().getFinalizers())
        .containsExactly(KubevirtFinalizers.VMI_FOREGROUND_DELETE);
    assertThat(vmi.getMetadata().getFinalizers()).isEmpty();
  }

  @Test
  void theDeprecatedFinalizerIsRenamed() {
    VirtualMachineInstance vmi =
        withFinalizers(SCHEDULING, "other", KubevirtFinalizers.DEPRECATED_VMI_FOREGROUND_DELETE);

    var written = VmiChange.of(vmi, keep(vmi), false).orElseThrow();

    assertThat(written.getMetadata().getFinalizers())
        .containsExactly("other", KubevirtFinalizers.VMI_FOREGROUND_DELETE);
  }

  @Test
  void aFinalVmiWithoutPodsLetsGoInTheSameWriteAsItsStatus() {
    VirtualMachineInstance vmi = withFinalizers(FAILED, KubevirtFinalizers.VMI_FOREGROUND_DELETE);
    vmi.getMetadata().setDeletionTimestamp("2026-03-01T12:00:00Z");
    var update = new VmiStatusUpdate(vmi.getStatus(), Map.of(), false, false, List.of(), true);

    var written = VmiChange.of(vmi, update, false).orElseThrow();

    assertThat(written.getMetadata().getFinalizers()).isEmpty();
  }

  @Test
  void aFinalVmiKeepsNoFinalizerOfAVmThatIsGone() {
    VirtualMachineInstance vmi = withFinalizers(FAILED, KubevirtFinalizers.VM_CONTROLLER, "other");
    DecideFixtures.ownedByVm(vmi);

    assertThat(VmiChange.holdsVmFinalizerWhenFinal(vmi, keep(vmi))).isTrue();
    assertThat(VmiChange.controllingVm(vmi).map(o -> o.getName())).hasValue("testvm");
    assertThat(VmiChange.of(vmi, keep(vmi), true).orElseThrow().getMetadata().getFinalizers())
        .containsExactly("other");
  }

  @Test
  void labelsAreAddedBesideTheExistingOnes() {
    VirtualMachineInstance vmi =
        withFinalizers(SCHEDULING, KubevirtFinalizers.VMI_FOREGROUND_DELETE);
    vmi.getMetadata().setLabels(new java.util.HashMap<>(Map.of("app", "x")));
    var update =
        new VmiStatusUpdate(
            vmi.getStatus(),
            Map.of("kubevirt.io/nodeName", "node-1"),
            false,
            false,
            List.of(),
            false);

    var written = VmiChange.of(vmi, update, false).orElseThrow();

    assertThat(written.getMetadata().getLabels())
        .containsEntry("app", "x")
        .containsEntry("kubevirt.io/nodeName", "node-1");
    assertThat(vmi.getMetadata().getLabels()).doesNotContainKey("kubevirt.io/nodeName");
  }

  private static VirtualMachineInstance withFinalizers(
      io.jvirt.api.v1.VirtualMachineInstancePhase phase, String... finalizers) {
    VirtualMachineInstance vmi = DecideFixtures.vmi(phase);
    vmi.getMetadata().setFinalizers(new java.util.ArrayList<>(List.of(finalizers)));
    return vmi;
  }

  private static VmiStatusUpdate keep(VirtualMachineInstance vmi) {
    return new VmiStatusUpdate(vmi.getStatus(), Map.of(), false, false, List.of(), false);
  }
}
