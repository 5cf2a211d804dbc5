package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Bootloader;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.EFI;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.InterfaceSriov;
import io.jvirt.api.v1.domain.LunTarget;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.PluginBinding;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Modelled fields set to what the launcher cannot build into a domain are rejected by name. */
class UnsupportedSettingsTest {

  static Stream<Arguments> unsupported() {
    return Stream.concat(domainSettings(), deviceSettings());
  }

  static Stream<Arguments> domainSettings() {
    return Stream.of(
        rejected(
            s -> s.getDomain().setCpu(new CPU().setDedicatedCpuPlacement(true)),
            "spec.domain.cpu.dedicatedCpuPlacement"),
        rejected(
            s -> s.getDomain().setCpu(new CPU().setIsolateEmulatorThread(true)),
            "spec.domain.cpu.isolateEmulatorThread"),
        rejected(
            s ->
                s.getDomain()
                    .setMemory(
                        new Memory()
                            .setGuest(new Quantity("1Gi"))
                            .setMaxGuest(new Quantity("4Gi"))),
            "spec.domain.memory.maxGuest"),
        rejected(
            s ->
                s.getDomain()
                    .setFirmware(
                        new Firmware()
                            .setBootloader(new Bootloader().setEfi(new EFI().setPersistent(true)))),
            "spec.domain.firmware.bootloader.efi.persistent"),
        Arguments.of(
            edit(s -> s.getDomain().setIoThreadsPolicy("supplementalPool")),
            "spec.domain.ioThreadsPolicy",
            "spec.domain.ioThreadsPolicy supplementalPool is not supported by jvirt"),
        Arguments.of(
            edit(s -> s.setArchitecture("arm64")),
            "spec.architecture",
            "spec.architecture arm64 is not supported by jvirt"));
  }

  static Stream<Arguments> deviceSettings() {
    return Stream.of(
        rejected(
            s -> s.getDomain().getDevices().setAutoattachVSOCK(true),
            "spec.domain.devices.autoattachVSOCK"),
        rejected(
            s -> firstDisk(s).setDisk(null).setLun(new LunTarget().setReservation(true)),
            "spec.domain.devices.disks[0].lun.reservation"),
        rejected(
            s -> firstDisk(s).setUnmodelledField("blockSize", Map.of()),
            "spec.domain.devices.disks[0].blockSize"),
        rejected(
            s -> firstDisk(s).setUnmodelledField("changedBlockTracking", true),
            "spec.domain.devices.disks[0].changedBlockTracking"),
        rejected(
            s -> firstInterface(s).setMasquerade(null).setSriov(new InterfaceSriov()),
            "spec.domain.devices.interfaces[0].sriov"),
        rejected(
            s -> firstInterface(s).setMasquerade(null).setBinding(new PluginBinding().setName("x")),
            "spec.domain.devices.interfaces[0].binding"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsupported")
  void eachSettingIsNamed(Consumer<VirtualMachineInstanceSpec> edit, String field, String message) {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    edit.accept(spec);

    assertThat(UnsupportedFeatures.find(spec, "spec."))
        .containsExactly(new FieldError(field, message));
  }

  @Test
  void whatTheLauncherCanBuildIsAccepted() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    spec.setArchitecture("amd64");
    spec.getDomain()
        .setCpu(new CPU().setDedicatedCpuPlacement(false).setMaxSockets(4))
        .setMemory(new Memory().setGuest(new Quantity("1Gi")).setMaxGuest(new Quantity("1024Mi")))
        .setIoThreadsPolicy("auto")
        .setFirmware(
            new Firmware().setBootloader(new Bootloader().setEfi(new EFI().setPersistent(false))));
    spec.getDomain().getDevices().setAutoattachVSOCK(false);

    assertThat(UnsupportedFeatures.find(spec, "spec.")).isEmpty();
  }

  @Test
  void aVmTemplateIsCheckedToo() {
    var vm = AdmissionFixtures.vm();
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .getDomain()
        .setCpu(new CPU().setDedicatedCpuPlacement(true));

    assertThat(UnsupportedFeatures.findOnVm(vm))
        .extracting(FieldError::field)
        .containsExactly("spec.template.spec.domain.cpu.dedicatedCpuPlacement");
  }

  private static Consumer<VirtualMachineInstanceSpec> edit(Consumer<VirtualMachineInstanceSpec> e) {
    return e;
  }

  private static Arguments rejected(Consumer<VirtualMachineInstanceSpec> edit, String field) {
    return Arguments.of(edit, field, field + " is not supported by jvirt");
  }

  private static Disk firstDisk(VirtualMachineInstanceSpec spec) {
    return spec.getDomain().getDevices().getDisks().get(0);
  }

  private static Interface firstInterface(VirtualMachineInstanceSpec spec) {
    return spec.getDomain().getDevices().getInterfaces().get(0);
  }
}
