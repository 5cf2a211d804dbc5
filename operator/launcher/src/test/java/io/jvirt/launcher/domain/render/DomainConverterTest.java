package io.jvirt.launcher.domain.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.domain.EFI;
import io.jvirt.api.v1.domain.LunTarget;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.volume.EmptyDiskSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.launcher.domain.model.Domain;
import io.jvirt.launcher.domain.model.Interface;
import io.jvirt.testing.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conversion rules the golden files show, one at a time, and the refusals. */
class DomainConverterTest {
  private static final ConverterContext CONTEXT = DomainFixtures.EMULATION;

  private static VirtualMachineInstance ephemeral() {
    return DomainFixtures.vmi("ephemeral-containerdisk");
  }

  private static Domain convert(VirtualMachineInstance vmi, ConverterContext context) {
    return DomainConverter.convert(vmi, context).domain();
  }

  @Test
  void theDomainIsNamedNamespaceUnderscoreNameAndCarriesTheVmiUid() {
    Domain domain = convert(ephemeral(), CONTEXT);

    assertThat(domain.name()).isEqualTo("jvirt-test_vmi-ephemeral");
    assertThat(domain.metadata().kubevirt().uid())
        .isEqualTo("6a1b0c2d-0001-4000-8000-000000000013");
    assertThat(domain.metadata().kubevirt().xmlns()).isEqualTo("http://kubevirt.io");
  }

  @Test
  void memoryIsGuestThenRequestsThenLimitsInBytes() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec().getDomain().setMemory(new Memory().setGuest(new Quantity("1536Mi")));
    assertThat(convert(vmi, CONTEXT).memory().value()).isEqualTo(1536L * 1024 * 1024);

    vmi.getSpec().getDomain().setMemory(null);
    assertThat(convert(vmi, CONTEXT).memory().value()).isEqualTo(128L * 1024 * 1024);

    vmi.getSpec()
        .getDomain()
        .setResources(new ResourceRequirements().setLimits(Map.of("memory", new Quantity("1G"))));
    assertThat(convert(vmi, CONTEXT).memory().value()).isEqualTo(1_000_000_000L);
    assertThat(convert(vmi, CONTEXT).memory().unit()).isEqualTo("b");
  }

  @Test
  void memoryHotplugIsRefusedButAMaxGuestEqualToGuestIsJustTheSize() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec()
        .getDomain()
        .setMemory(new Memory().setGuest(new Quantity("1Gi")).setMaxGuest(new Quantity("1024Mi")));
    assertThat(convert(vmi, CONTEXT).memory().value()).isEqualTo(1L << 30);

    vmi.getSpec().getDomain().getMemory().setMaxGuest(new Quantity("2Gi"));
    assertThatThrownBy(() -> convert(vmi, CONTEXT))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e -> assertThat(e.fields()).containsExactly("spec.domain.memory.maxGuest"));
  }

  @Test
  void withoutATopologyEachCpuOfTheLimitBecomesASocketRoundedUp() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec()
        .getDomain()
        .setResources(
            new ResourceRequirements()
                .setRequests(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("1Gi")))
                .setLimits(Map.of("cpu", new Quantity("1500m"))));
    Domain domain = convert(vmi, CONTEXT);

    assertThat(domain.cpu().topology().sockets()).isEqualTo(2);
    assertThat(domain.vcpu().count()).isEqualTo(2);
  }

  @Test
  void emulationUsesDomainTypeQemuAndAModelTcgRunsWhileKvmKeepsHostModel() {
    Domain emulated = convert(ephemeral(), CONTEXT);
    assertThat(emulated.type()).isEqualTo("qemu");
    assertThat(emulated.cpu().mode()).isEqualTo("custom");
    assertThat(emulated.cpu().model().name()).isEqualTo("qemu64");

    Domain kvm = convert(ephemeral(), CONTEXT.withUseEmulation(false));
    assertThat(kvm.type()).isEqualTo("kvm");
    assertThat(kvm.cpu().mode()).isEqualTo("host-model");
    assertThat(kvm.cpu().model()).isNull();
  }

  @Test
  void aNamedModelIsCustomWithMpxDisabled() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec().getDomain().setCpu(new CPU().setModel("Haswell-noTSX"));
    Domain domain = convert(vmi, CONTEXT.withUseEmulation(false));

    assertThat(domain.cpu().mode()).isEqualTo("custom");
    assertThat(domain.cpu().model().name()).isEqualTo("Haswell-noTSX");
    assertThat(domain.cpu().features())
        .extracting(f -> f.policy() + " " + f.name())
        .containsExactly("disable mpx");
  }

  @Test
  void theNicGetsTheTapMacMtuAndAliasWithoutOptionRomUnlessItBoots() {
    Interface nic = convert(ephemeral(), CONTEXT).devices().interfaces().get(0);

    assertThat(nic.type()).isEqualTo("ethernet");
    assertThat(nic.target()).isEqualTo(new Interface.Target("tap0", "no"));
    assertThat(nic.mac().address()).isEqualTo("0a:58:0a:f4:00:2a");
    assertThat(nic.mtu().size()).isEqualTo(1450);
    assertThat(nic.alias().name()).isEqualTo("ua-default");
    assertThat(nic.rom().enabled()).isEqualTo("no");
    assertThat(nic.boot()).isNull();

    VirtualMachineInstance booting = ephemeral();
    booting.getSpec().getDomain().getDevices().getInterfaces().get(0).setBootOrder(2);
    Interface bootNic = convert(booting, CONTEXT).devices().interfaces().get(0);
    assertThat(bootNic.rom()).isNull();
    assertThat(bootNic.boot().order()).isEqualTo(2);
  }

  @Test
  void withoutAMacFromTheNodeTheSpecMacIsUsed() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec()
        .getDomain()
        .getDevices()
        .getInterfaces()
        .get(0)
        .setMacAddress("02:00:00:aa:bb:cc");
    ConverterContext noMac =
        CONTEXT.withInterfaces(Map.of("default", new InterfaceBinding("tap0", null, null)));

    Interface nic = convert(vmi, noMac).devices().interfaces().get(0);
    assertThat(nic.mac().address()).isEqualTo("02:00:00:aa:bb:cc");
    assertThat(nic.mtu()).isNull();
  }

  @Test
  void anInterfaceTheNodeDidNotPrepareIsNamed() {
    assertThatThrownBy(() -> convert(ephemeral(), CONTEXT.withInterfaces(Map.of())))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e -> assertThat(e.fields()).containsExactly("spec.domain.devices.interfaces[0]"));
  }

  @Test
  void twentyEightVirtioDisksEndWithVdab() {
    VirtualMachineInstance vmi = ephemeral();
    List<Disk> disks = new ArrayList<>(vmi.getSpec().getDomain().getDevices().getDisks());
    List<Volume> volumes = new ArrayList<>(vmi.getSpec().getVolumes());
    for (int i = 1; i < 28; i++) {
      disks.add(new Disk().setName("d" + i).setDisk(new DiskTarget().setBus(DiskBus.VIRTIO)));
      volumes.add(
          new Volume()
              .setName("d" + i)
              .setEmptyDisk(new EmptyDiskSource().setCapacity(new Quantity("1Mi"))));
    }
    vmi.getSpec().getDomain().getDevices().setDisks(disks);
    vmi.getSpec().setVolumes(volumes);

    List<io.jvirt.launcher.domain.model.Disk> converted = convert(vmi, CONTEXT).devices().disks();
    assertThat(converted).hasSize(28);
    assertThat(converted.get(26).target().dev()).isEqualTo("vdaa");
    assertThat(converted.get(27).target().dev()).isEqualTo("vdab");
    assertThat(converted.get(27).alias().name()).isEqualTo("ua-d27");
  }

  @Test
  void secureBootWithoutSmmIsRefused() {
    VirtualMachineInstance vmi = DomainFixtures.vmi("efi-secureboot");
    vmi.getSpec().getDomain().getFeatures().getSmm().setEnabled(false);

    assertThatThrownBy(() -> convert(vmi, CONTEXT))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("spec.domain.firmware.bootloader.efi.secureBoot"));
  }

  @Test
  void efiWithoutSecureBootUsesThePlainOvmfImages() {
    VirtualMachineInstance vmi = DomainFixtures.vmi("efi-secureboot");
    vmi.getSpec().getDomain().getFirmware().getBootloader().setEfi(new EFI().setSecureBoot(false));
    Domain domain = convert(vmi, CONTEXT);

    assertThat(domain.os().loader().path()).isEqualTo("/usr/share/OVMF/OVMF_CODE_4M.fd");
    assertThat(domain.os().loader().secure()).isEqualTo("no");
    assertThat(domain.os().nvram().template()).isEqualTo("/usr/share/OVMF/OVMF_VARS_4M.fd");
    assertThat(domain.devices().videos().get(0).model().type()).isEqualTo("bochs");
  }

  @Test
  void aContainerDiskWithoutAFormatFromTheNodeIsNamed() {
    assertThatThrownBy(() -> convert(ephemeral(), CONTEXT.withContainerDiskFormats(Map.of())))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e -> assertThat(e.fields()).containsExactly("spec.volumes[0].containerDisk"));
  }

  @Test
  void aLunMustBeAClaim() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec().getDomain().getDevices().getDisks().get(0).setDisk(null).setLun(new LunTarget());

    assertThatThrownBy(() -> convert(vmi, CONTEXT))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e -> assertThat(e.fields()).containsExactly("spec.domain.devices.disks[0].lun"));
  }

  @Test
  void theVmiLogSettingOverridesTheClusterDefault() {
    VirtualMachineInstance vmi = ephemeral();
    assertThat(convert(vmi, CONTEXT).devices().serials().get(0).log()).isNotNull();

    vmi.getSpec().getDomain().getDevices().setLogSerialConsole(false);
    ConvertedDomain quiet = DomainConverter.convert(vmi, CONTEXT);
    assertThat(quiet.domain().devices().serials().get(0).log()).isNull();
    assertThat(quiet.filesToPrepare()).noneMatch(FileToPrepare.EmptyFile.class::isInstance);
  }

  @Test
  void devicesUpstreamKeepsOutOfATpmOrWatchdogVmiAreNamedNotDropped() {
    Corpus.Manifest tpm =
        Corpus.all().stream()
            .filter(m -> m.file().equals("25-vmi-tpm-watchdog.yaml"))
            .findFirst()
            .orElseThrow();
    VirtualMachineInstance vmi =
        DomainFixtures.SERIALIZATION.unmarshal(tpm.yaml(), VirtualMachineInstance.class);
    vmi.getMetadata().setNamespace("jvirt-test");
    vmi.getMetadata().setUid("6a1b0c2d-0001-4000-8000-000000000025");

    assertThatThrownBy(() -> convert(vmi, CONTEXT))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("spec.domain.devices.tpm", "spec.domain.devices.watchdog"));
  }

  @Test
  void aPausedStartGetsTheFirmwareBootMenuAsUpstream() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec().setStartStrategy("Paused");

    assertThat(convert(vmi, CONTEXT).os().bootmenu())
        .isEqualTo(new io.jvirt.launcher.domain.model.Os.BootMenu("yes", 10_000));
  }

  @Test
  void aNonAmd64GuestIsRefused() {
    VirtualMachineInstance vmi = ephemeral();
    vmi.getSpec().setArchitecture("arm64");

    assertThatThrownBy(() -> convert(vmi, CONTEXT))
        .isInstanceOfSatisfying(
            ConversionException.class,
            e -> assertThat(e.fields()).containsExactly("spec.architecture"));
  }

  @Test
  void filesToPrepareStartWithDirectories() {
    List<FileToPrepare> files =
        DomainConverter.convert(
                DomainFixtures.vmi("assorted-volumes"),
                CONTEXT.withBlockVolumes(java.util.Set.of("shared-lun")))
            .filesToPrepare();

    int lastDirectory = -1;
    int firstOther = files.size();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i) instanceof FileToPrepare.Directory) {
        lastDirectory = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastDirectory).isLessThan(firstOther);
    assertThat(files).doesNotHaveDuplicates();
  }
}
