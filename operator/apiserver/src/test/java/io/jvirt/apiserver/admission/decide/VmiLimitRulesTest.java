package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.api.v1.volume.Volume;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The range, size and format rules the hostile-manifest probe found missing: each refuses naming
 * the field, with upstream's wording where upstream has the rule.
 */
class VmiLimitRulesTest {
  private final AdmissionRules rules = new AdmissionRules();

  @Test
  void negativeCoresAndMoreThan512VcpusAreRefused() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().setCpu(new CPU().setCores(-2));
    assertThat(rules.validateVmiCreate(vmi).errors())
        .containsExactly(
            new FieldError(
                "spec.domain.cpu.cores",
                "spec.domain.cpu.cores: Invalid value: -2: must be greater than or equal to 0"));

    vmi.getSpec().getDomain().setCpu(new CPU().setCores(100000));
    assertThat(rules.validateVmiCreate(vmi).errors())
        .extracting(FieldError::field)
        .containsExactly("spec.domain.cpu");
  }

  @Test
  void aNegativeGracePeriodIsRefused() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().setTerminationGracePeriodSeconds(-5L);
    assertThat(rules.validateVmiCreate(vmi).errors())
        .extracting(FieldError::field)
        .containsExactly("spec.terminationGracePeriodSeconds");
  }

  @Test
  void aMalformedMacIsRefusedWithUpstreamsWording() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().getDevices().getInterfaces().get(0).setMacAddress("zz:zz");
    assertThat(rules.validateVmiCreate(vmi).errors())
        .containsExactly(
            new FieldError(
                "spec.domain.devices.interfaces[0].macAddress",
                "interface spec.domain.devices.interfaces[0].name has malformed MAC address"
                    + " (zz:zz)."));

    vmi.getSpec()
        .getDomain()
        .getDevices()
        .getInterfaces()
        .get(0)
        .setMacAddress("de-ad-00-00-be-af");
    assertThat(rules.validateVmiCreate(vmi).errors()).isEmpty();
    vmi.getSpec().getDomain().getDevices().getInterfaces().get(0).setMacAddress("dead.0000.beaf");
    assertThat(rules.validateVmiCreate(vmi).errors()).isEmpty();
  }

  @Test
  void inlineUserDataOver2048BytesIsRefusedPointingAtSecrets() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec()
        .getVolumes()
        .add(
            new Volume()
                .setName("cloudinit")
                .setCloudInitNoCloud(
                    new CloudInitNoCloudSource()
                        .setUserDataBase64(Base64.getEncoder().encodeToString(new byte[2049]))));
    vmi.getSpec()
        .getDomain()
        .getDevices()
        .getDisks()
        .add(AdmissionFixtures.parse("name: cloudinit", io.jvirt.api.v1.domain.Disk.class));
    assertThat(rules.validateVmiCreate(vmi).errors())
        .containsExactly(
            new FieldError(
                "spec.volumes[1].cloudInitNoCloud",
                "spec.volumes[1].cloudInitNoCloud userdata exceeds 2048 byte limit. Should use"
                    + " UserDataSecretRef for larger data."));
  }

  @Test
  void memoryBeyond8EiIsRefused() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().setMemory(new Memory().setGuest(new Quantity("999999999Ti")));
    assertThat(rules.validateVmiCreate(vmi).errors())
        .extracting(FieldError::field)
        .contains("spec.domain.memory.guest");
  }

  @Test
  void aDiskSerialWithShellCharactersIsRefused() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().getDevices().getDisks().get(0).setSerial("$(reboot)");
    assertThat(rules.validateVmiCreate(vmi).errors())
        .extracting(FieldError::field)
        .containsExactly("spec.domain.devices.disks[0].serial");
  }

  @Test
  void aTemplateLabelTheApiServerWouldRefuseIsRefusedOnTheVm() {
    VirtualMachine vm = AdmissionFixtures.parse(AdmissionFixtures.VM, VirtualMachine.class);
    vm.getSpec().getTemplate().getMetadata().setLabels(Map.of("bad key!", "x"));
    assertThat(rules.validateVm(vm).errors())
        .extracting(FieldError::field)
        .containsExactly("spec.template.metadata.labels");
  }
}
