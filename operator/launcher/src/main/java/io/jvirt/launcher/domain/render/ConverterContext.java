package io.jvirt.launcher.domain.render;

import java.util.Map;
import java.util.Set;
import lombok.With;

/**
 * What only the node knows when a VMI is converted; everything else comes from the VMI itself.
 *
 * @param useEmulation software emulation (TCG): domain type {@code qemu} and a CPU model TCG runs
 * @param interfaces per VMI interface name, the tap device, MAC and MTU virt-handler prepared
 * @param containerDiskFormats per containerDisk volume name, the image format (raw or qcow2)
 * @param blockVolumes PVC and DataVolume volumes whose claim is in Block mode
 * @param smbios the cluster's SMBIOS system values
 * @param serialConsoleLog the cluster default for logging the serial console (a VMI's {@code
 *     logSerialConsole} overrides it)
 * @param efi the OVMF images on this node
 * @param directIo whether the launcher's disk files support O_DIRECT: unset cache modes become
 *     {@code none} when true, {@code writethrough} when false
 * @param memBalloonStatsPeriod seconds between balloon statistics, 0 for none
 */
@With
public record ConverterContext(
    boolean useEmulation,
    Map<String, InterfaceBinding> interfaces,
    Map<String, String> containerDiskFormats,
    Set<String> blockVolumes,
    Smbios smbios,
    boolean serialConsoleLog,
    EfiFirmware efi,
    boolean directIo,
    int memBalloonStatsPeriod) {

  /** Upstream's balloon statistics period, seconds. */
  public static final int DEFAULT_MEM_BALLOON_STATS_PERIOD = 10;

  /** KVM, no interfaces or container disks, upstream's SMBIOS, console logged, Debian's OVMF. */
  public static final ConverterContext DEFAULTS =
      new ConverterContext(
          false,
          Map.of(),
          Map.of(),
          Set.of(),
          Smbios.KUBEVIRT_DEFAULTS,
          true,
          EfiFirmware.DEBIAN_OVMF,
          true,
          DEFAULT_MEM_BALLOON_STATS_PERIOD);

  /** Copies the collections, so a context cannot change under a conversion. */
  public ConverterContext {
    interfaces = Map.copyOf(interfaces);
    containerDiskFormats = Map.copyOf(containerDiskFormats);
    blockVolumes = Set.copyOf(blockVolumes);
  }
}
