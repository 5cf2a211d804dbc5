package io.jvirt.controller.vm.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.contract.KubevirtAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataVolumes built from a VM's templates: what is created, with which metadata, and when. */
class DataVolumesFromVmTest {

  @Test
  void buildsTheMissingDataVolumeOwnedByTheVmWithUpstreamMetadata() {
    VirtualMachine vm = withTemplate(TestVms.vm(RunStrategy.ALWAYS), "root");
    vm.getSpec().getTemplate().getSpec().setPriorityClassName("vm-high");

    List<DataVolume> missing = DataVolumesFromVm.missing(vm, Map.of());

    assertThat(missing)
        .singleElement()
        .satisfies(
            dv -> {
              assertThat(dv.getMetadata().getName()).isEqualTo("root");
              assertThat(dv.getMetadata().getNamespace())
                  .isEqualTo(vm.getMetadata().getNamespace());
              assertThat(dv.getMetadata().getLabels())
                  .containsEntry("team", "a")
                  .containsEntry("kubevirt.io/created-by", TestVms.VM_UID);
              assertThat(dv.getMetadata().getAnnotations())
                  .containsEntry("cdi.kubevirt.io/allowClaimAdoption", "true");
              assertThat(dv.getMetadata().getOwnerReferences())
                  .singleElement()
                  .satisfies(
                      o -> {
                        assertThat(o.getUid()).isEqualTo(TestVms.VM_UID);
                        assertThat(o.getController()).isTrue();
                        assertThat(o.getBlockOwnerDeletion()).isTrue();
                      });
              assertThat(dv.getSpec().getPriorityClassName()).isEqualTo("vm-high");
            });
    assertThat(vm.getSpec().getDataVolumeTemplates().get(0).getMetadata().getLabels())
        .as("the VM's own template is not modified")
        .doesNotContainKey("kubevirt.io/created-by");
  }

  @Test
  void existingDataVolumesAreNotCreatedAgain() {
    VirtualMachine vm = withTemplate(TestVms.vm(RunStrategy.ALWAYS), "root");
    DataVolume existing = TestVms.dataVolume("root", DataVolumePhase.IMPORT_IN_PROGRESS);

    assertThat(DataVolumesFromVm.missing(vm, Map.of("root", existing))).isEmpty();
    assertThat(DataVolumesFromVm.allReady(vm, Map.of("root", existing))).isFalse();
    assertThat(
            DataVolumesFromVm.allReady(
                vm, Map.of("root", TestVms.dataVolume("root", DataVolumePhase.SUCCEEDED))))
        .isTrue();
  }

  @Test
  void aHaltedVmThatDefersCreationCreatesNothingUntilItStarts() {
    VirtualMachine halted = withTemplate(TestVms.vm(RunStrategy.HALTED), "root");
    halted
        .getMetadata()
        .getAnnotations()
        .put(KubevirtAnnotations.IMMEDIATE_DATA_VOLUME_CREATION, "false");
    assertThat(DataVolumesFromVm.shouldCreate(halted)).isFalse();

    halted.getSpec().setRunStrategy(RunStrategy.ALWAYS);
    assertThat(DataVolumesFromVm.shouldCreate(halted)).isTrue();
    assertThat(DataVolumesFromVm.shouldCreate(withTemplate(TestVms.vm(RunStrategy.HALTED), "x")))
        .as("immediate creation is the default, even when Halted")
        .isTrue();
  }

  private static VirtualMachine withTemplate(VirtualMachine vm, String name) {
    if (vm.getMetadata().getAnnotations() == null) {
      vm.getMetadata().setAnnotations(new java.util.HashMap<>());
    }
    List<DataVolumeTemplateSpec> templates = new ArrayList<>();
    templates.add(
        new DataVolumeTemplateSpec()
            .setMetadata(new ObjectMetaBuilder().withName(name).addToLabels("team", "a").build())
            .setSpec(new DataVolumeSpec()));
    vm.getSpec().setDataVolumeTemplates(templates);
    return TestVms.withDataVolumeVolume(vm, name);
  }
}
