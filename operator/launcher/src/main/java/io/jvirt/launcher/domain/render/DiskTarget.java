package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;

/**
 * What kind of guest device a VMI disk is and on which bus: its {@code disk}, {@code lun} or {@code
 * cdrom} target, a plain disk when none is given, and bus sata when none is given (the amd64
 * default upstream's mutator applies).
 */
record DiskTarget(String device, DiskBus bus, boolean readonly, String tray) {

  static DiskTarget of(Disk disk) {
    if (disk.getLun() != null) {
      return new DiskTarget(
          "lun", bus(disk.getLun().getBus()), VmiView.isTrue(disk.getLun().getReadonly()), null);
    }
    if (disk.getCdrom() != null) {
      String tray = disk.getCdrom().getTray() == null ? "closed" : disk.getCdrom().getTray();
      boolean readonly = !VmiView.isFalse(disk.getCdrom().getReadonly());
      return new DiskTarget("cdrom", bus(disk.getCdrom().getBus()), readonly, tray);
    }
    if (disk.getDisk() != null) {
      return new DiskTarget(
          "disk", bus(disk.getDisk().getBus()), VmiView.isTrue(disk.getDisk().getReadonly()), null);
    }
    return new DiskTarget("disk", DiskBus.SATA, false, null);
  }

  private static DiskBus bus(DiskBus bus) {
    return bus == null ? DiskBus.SATA : bus;
  }

  boolean isCdrom() {
    return "cdrom".equals(device);
  }

  boolean isLun() {
    return "lun".equals(device);
  }

  /** The bus name libvirt uses. */
  String busName() {
    return bus.name().toLowerCase(java.util.Locale.ROOT);
  }
}
