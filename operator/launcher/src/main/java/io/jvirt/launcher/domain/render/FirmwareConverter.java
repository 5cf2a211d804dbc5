package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.BIOS;
import io.jvirt.api.v1.domain.Bootloader;
import io.jvirt.api.v1.domain.EFI;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.KernelBoot;
import io.jvirt.api.v1.domain.KernelBootContainer;
import io.jvirt.launcher.domain.model.Os;
import io.jvirt.launcher.domain.model.SysInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The boot side of the domain (upstream compute/os.go, sysinfo.go): machine type, SeaBIOS or OVMF,
 * direct kernel boot, and the SMBIOS identity (firmware UUID and serial) the guest reads.
 */
final class FirmwareConverter {
  static final String DEFAULT_MACHINE = "q35";
  static final String PAUSED = "Paused";

  /** Upstream gives a paused start ten seconds of boot menu, to reach the firmware setup. */
  static final int PAUSED_BOOT_MENU_MS = 10_000;

  private FirmwareConverter() {}

  static Os os(VmiView vmi, ConverterContext context, List<FileToPrepare> files) {
    String machine =
        vmi.domain().getMachine() == null || vmi.domain().getMachine().getType() == null
            ? DEFAULT_MACHINE
            : vmi.domain().getMachine().getType();
    Os.OsBuilder os =
        Os.builder().type(new Os.Type("x86_64", machine, "hvm")).smbios(new Os.Smbios("sysinfo"));
    if (PAUSED.equals(vmi.spec().getStartStrategy())) {
      os.bootmenu(new Os.BootMenu("yes", PAUSED_BOOT_MENU_MS));
    }
    Firmware firmware = vmi.firmware().orElse(null);
    if (firmware == null) {
      return os.build();
    }
    Bootloader bootloader = firmware.getBootloader();
    if (bootloader != null && bootloader.getEfi() != null) {
      efi(vmi, bootloader.getEfi(), context.efi(), os, files);
    } else if (bootloader != null && bootloader.getBios() != null) {
      bios(bootloader.getBios(), os);
    }
    kernelBoot(firmware.getKernelBoot(), os);
    return os.build();
  }

  /** Secure boot is upstream's default for EFI, and needs SMM. */
  static boolean secureBoot(EFI efi) {
    return !VmiView.isFalse(efi.getSecureBoot());
  }

  private static void efi(
      VmiView vmi, EFI efi, EfiFirmware firmware, Os.OsBuilder os, List<FileToPrepare> files) {
    boolean secure = secureBoot(efi);
    if (secure && !PlatformConverter.smmEnabled(vmi.features())) {
      throw new ConversionException(
          "spec.domain.firmware.bootloader.efi.secureBoot",
          "EFI secure boot needs spec.domain.features.smm enabled");
    }
    if (VmiView.isTrue(efi.getPersistent())) {
      throw new ConversionException(
          "spec.domain.firmware.bootloader.efi.persistent",
          "a persistent EFI variable store is not supported by jvirt");
    }
    String nvram = DiskPaths.nvram(vmi.name());
    String template = secure ? firmware.secureVars() : firmware.vars();
    os.loader(
        new Os.Loader(
            "yes",
            secure ? "yes" : "no",
            "pflash",
            secure ? firmware.secureCode() : firmware.code()));
    os.nvram(new Os.Nvram(template, nvram));
    files.add(new FileToPrepare.Nvram(nvram, template));
  }

  private static void bios(BIOS bios, Os.OsBuilder os) {
    if (VmiView.isTrue(bios.getUseSerial())) {
      os.bios(new Os.Bios("yes"));
    }
  }

  /** Kernel and initrd from the kernel-boot container; kernel arguments even without it. */
  private static void kernelBoot(KernelBoot kernelBoot, Os.OsBuilder os) {
    if (kernelBoot == null) {
      return;
    }
    KernelBootContainer container = kernelBoot.getContainer();
    if (container != null && container.getImage() != null) {
      if (container.getKernelPath() != null && !container.getKernelPath().isEmpty()) {
        os.kernel(DiskPaths.kernelBootArtifact(container.getKernelPath()));
      }
      if (container.getInitrdPath() != null && !container.getInitrdPath().isEmpty()) {
        os.initrd(DiskPaths.kernelBootArtifact(container.getInitrdPath()));
      }
    }
    if (kernelBoot.getKernelArgs() != null && !kernelBoot.getKernelArgs().isEmpty()) {
      os.cmdline(kernelBoot.getKernelArgs());
    }
  }

  /** The SMBIOS system block: firmware UUID and serial, then the cluster's values. */
  static SysInfo sysinfo(VmiView vmi, Smbios smbios) {
    List<SysInfo.Entry> entries = new ArrayList<>();
    vmi.firmware()
        .ifPresent(
            firmware -> {
              add(entries, "uuid", firmware.getUuid());
              add(entries, "serial", firmware.getSerial());
            });
    add(entries, "manufacturer", smbios.manufacturer());
    add(entries, "family", smbios.family());
    add(entries, "product", smbios.product());
    add(entries, "sku", smbios.sku());
    add(entries, "version", smbios.version());
    return new SysInfo("smbios", entries);
  }

  private static void add(List<SysInfo.Entry> entries, String name, String value) {
    if (value != null && !value.isEmpty()) {
      entries.add(new SysInfo.Entry(name, value));
    }
  }
}
