package io.jvirt.controller.vm.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.volume.Volume;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The VMI built from a VM: metadata, owner, finalizer, spec copy and defaults. */
class VmiFromVmTest {

  @Test
  void takesMetadataFromTheTemplateAndTheVm() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    vm.getSpec().getTemplate().getMetadata().setGenerateName("ignored-");
    vm.getSpec().getTemplate().getMetadata().setAnnotations(Map.of("note", "kept"));
    VirtualMachineInstance vmi = VmiFromVm.build(vm);
    assertThat(vmi.getMetadata().getName()).isEqualTo("testvm");
    assertThat(vmi.getMetadata().getNamespace()).isEqualTo("default");
    assertThat(vmi.getMetadata().getGenerateName()).isNull();
    assertThat(vmi.getMetadata().getLabels()).containsExactlyEntriesOf(Map.of("app", "testvm"));
    assertThat(vmi.getMetadata().getAnnotations())
        .containsEntry("note", "kept")
        .containsEntry("kubevirt.io/vm-generation", "3");
    assertThat(vmi.getMetadata().getFinalizers()).containsExactly(KubevirtFinalizers.VM_CONTROLLER);
  }

  @Test
  void isControlledByTheVm() {
    OwnerReference owner =
        VmiFromVm.build(TestVms.vm(RunStrategy.ALWAYS)).getMetadata().getOwnerReferences().get(0);
    assertThat(owner.getApiVersion()).isEqualTo("kubevirt.io/v1");
    assertThat(owner.getKind()).isEqualTo("VirtualMachine");
    assertThat(owner.getName()).isEqualTo("testvm");
    assertThat(owner.getUid()).isEqualTo(TestVms.VM_UID);
    assertThat(owner.getController()).isTrue();
    assertThat(owner.getBlockOwnerDeletion()).isTrue();
  }

  @Test
  void copiesTheSpecWithoutSharingIt() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    VirtualMachineInstance vmi = VmiFromVm.build(vm);
    vmi.getSpec().getVolumes().get(0).setName("changed");
    vmi.getMetadata().getLabels().put("extra", "x");
    assertThat(vm.getSpec().getTemplate().getSpec().getVolumes().get(0).getName())
        .isEqualTo("root");
    assertThat(vm.getSpec().getTemplate().getMetadata().getLabels()).doesNotContainKey("extra");
    assertThat(vm.getSpec().getTemplate().getSpec().getDomain().getFirmware()).isNull();
  }

  @Test
  void fillsTheLegacyUuidOnlyWhenMissing() {
    VirtualMachine vm = TestVms.vm(RunStrategy.ALWAYS);
    assertThat(VmiFromVm.build(vm).getSpec().getDomain().getFirmware().getUuid())
        .isEqualTo("5a9fc181-957e-5c32-9e5a-2de5e9673531");
    vm.getSpec().getTemplate().getSpec().getDomain().setFirmware(new Firmware().setUuid("mine"));
    assertThat(VmiFromVm.build(vm).getSpec().getDomain().getFirmware().getUuid()).isEqualTo("mine");
  }

  @Test
  void startsPausedOnlyForAFirstPausedStartRequest() {
    VirtualMachine vm = TestVms.vm(RunStrategy.MANUAL);
    assertThat(VmiFromVm.build(vm).getSpec().getStartStrategy()).isNull();
    TestVms.withRequests(vm, TestVms.start().setData(Map.of("paused", "true")));
    assertThat(VmiFromVm.build(vm).getSpec().getStartStrategy()).isEqualTo("Paused");
    TestVms.withRequests(vm, TestVms.stop("x"), TestVms.start().setData(Map.of("paused", "true")));
    assertThat(VmiFromVm.build(vm).getSpec().getStartStrategy()).isNull();
  }

  @Test
  void addsAPlainDiskForEveryVolumeWithoutOne() {
    VirtualMachine vm = TestVms.withDataVolumeVolume(TestVms.vm(RunStrategy.ALWAYS), "data");
    List<Volume> volumes = vm.getSpec().getTemplate().getSpec().getVolumes();
    volumes.add(new Volume().setName("shared"));
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .getDomain()
        .getDevices()
        .setUnmodelledField("filesystems", List.of(Map.of("name", "shared", "virtiofs", Map.of())));
    List<Disk> disks = VmiFromVm.build(vm).getSpec().getDomain().getDevices().getDisks();
    assertThat(disks).extracting(Disk::getName).containsExactly("root", "data");
    assertThat(disks.get(1)).isEqualTo(new Disk().setName("data"));
    assertThat(vm.getSpec().getTemplate().getSpec().getDomain().getDevices().getDisks()).hasSize(1);
  }
}
