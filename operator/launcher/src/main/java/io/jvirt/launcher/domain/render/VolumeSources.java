package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.volume.HostDisk;
import io.jvirt.api.v1.volume.HostDiskType;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.contract.LauncherPod;
import io.jvirt.launcher.domain.model.Disk;
import java.util.List;

/**
 * The image behind each disk, by volume source (upstream Convert_v1_Volume_To_api_Disk), and the
 * file the launcher must prepare for it.
 */
final class VolumeSources {
  static final String RAW = "raw";
  static final String QCOW2 = "qcow2";

  private final VmiView vmi;
  private final ConverterContext context;
  private final List<FileToPrepare> files;

  VolumeSources(VmiView vmi, ConverterContext context, List<FileToPrepare> files) {
    this.vmi = vmi;
    this.context = context;
    this.files = files;
  }

  /** True when the volume is a claim in Block mode. */
  boolean isBlock(String volumeName) {
    return context.blockVolumes().contains(volumeName);
  }

  /**
   * Points {@code disk} at the volume's image; false for an empty cdrom (no volume), which has
   * none.
   */
  boolean apply(
      Volume volume,
      int volumeIndex,
      DiskTarget target,
      Disk.DiskBuilder disk,
      Disk.Driver.DriverBuilder driver,
      String field) {
    if (volume == null) {
      disk.type("block");
      driver.type(RAW);
      return false;
    }
    String name = volume.getName();
    String volumeField = "spec.volumes[" + volumeIndex + "]";
    if (volume.getContainerDisk() != null) {
      requireNotLun(target, field);
      containerDisk(name, volumeIndex, disk, driver);
    } else if (volume.getCloudInitNoCloud() != null || volume.getCloudInitConfigDrive() != null) {
      requireNotLun(target, field);
      cloudInit(volume, disk, driver);
    } else if (volume.getPersistentVolumeClaim() != null || volume.getDataVolume() != null) {
      claim(name, disk, driver);
    } else if (volume.getEphemeral() != null) {
      ephemeral(name, disk, driver);
    } else if (volume.getEmptyDisk() != null) {
      requireNotLun(target, field);
      emptyDisk(volume, volumeField, disk, driver);
    } else if (volume.getHostDisk() != null) {
      hostDisk(name, volumeField, volume.getHostDisk(), disk, driver);
    } else if (volume.getConfigMap() != null) {
      String label = volume.getConfigMap().getVolumeLabel();
      iso(DiskPaths.configMapIso(name), DiskPaths.configMapSource(name), label, disk, driver);
    } else if (volume.getSecret() != null) {
      String label = volume.getSecret().getVolumeLabel();
      iso(DiskPaths.secretIso(name), DiskPaths.secretSource(name), label, disk, driver);
    } else if (volume.getServiceAccount() != null) {
      iso(
          DiskPaths.serviceAccountIso(),
          LauncherPod.SERVICE_ACCOUNT_SOURCE_DIR,
          null,
          disk,
          driver);
    } else {
      throw new ConversionException(
          volumeField, "volume " + name + " has no source jvirt can attach");
    }
    return true;
  }

  private static void requireNotLun(DiskTarget target, String field) {
    if (target.isLun()) {
      throw new ConversionException(field + ".lun", "a LUN needs a PVC or DataVolume volume");
    }
  }

  /** A qcow2 overlay over the read-only image virt-handler bind-mounted as disk_<index>.img. */
  private void containerDisk(
      String name, int volumeIndex, Disk.DiskBuilder disk, Disk.Driver.DriverBuilder driver) {
    String format = context.containerDiskFormats().get(name);
    if (format == null) {
      throw new ConversionException(
          "spec.volumes[" + volumeIndex + "].containerDisk",
          "the node did not report the image format of " + name);
    }
    String backing = DiskPaths.containerDiskImage(volumeIndex);
    overlay(name, backing, format, "file", disk, driver);
  }

  private void overlay(
      String name,
      String backing,
      String format,
      String backingType,
      Disk.DiskBuilder disk,
      Disk.Driver.DriverBuilder driver) {
    String path = DiskPaths.overlay(name);
    disk.type("file").source(Disk.Source.file(path));
    Disk.Source backingSource =
        "block".equals(backingType) ? Disk.Source.block(backing) : Disk.Source.file(backing);
    disk.backingStore(new Disk.BackingStore(backingType, new Disk.Format(format), backingSource));
    driver.type(QCOW2);
    files.add(new FileToPrepare.Directory(DiskPaths.overlayDirectory(name)));
    files.add(new FileToPrepare.Overlay(path, backing, format));
  }

  private void cloudInit(Volume volume, Disk.DiskBuilder disk, Disk.Driver.DriverBuilder driver) {
    boolean noCloud = volume.getCloudInitNoCloud() != null;
    String path =
        noCloud
            ? DiskPaths.noCloudIso(vmi.namespace(), vmi.name())
            : DiskPaths.configDriveIso(vmi.namespace(), vmi.name());
    disk.type("file").source(Disk.Source.file(path));
    driver.type(RAW);
    files.add(
        new FileToPrepare.Directory(DiskPaths.cloudInitDirectory(vmi.namespace(), vmi.name())));
    files.add(new FileToPrepare.CloudInitIso(path, volume.getName()));
  }

  private void claim(String name, Disk.DiskBuilder disk, Disk.Driver.DriverBuilder driver) {
    driver.type(RAW);
    if (isBlock(name)) {
      disk.type("block").source(Disk.Source.block(DiskPaths.blockDevice(name)));
      files.add(new FileToPrepare.ExistingImage(DiskPaths.blockDevice(name), name));
    } else {
      disk.type("file").source(Disk.Source.file(DiskPaths.volumeImage(name)));
      files.add(new FileToPrepare.ExistingImage(DiskPaths.volumeImage(name), name));
    }
  }

  /** A throw-away qcow2 layer over the claim's image, which stays untouched. */
  private void ephemeral(String name, Disk.DiskBuilder disk, Disk.Driver.DriverBuilder driver) {
    if (isBlock(name)) {
      overlay(name, DiskPaths.blockDevice(name), RAW, "block", disk, driver);
    } else {
      overlay(name, DiskPaths.volumeImage(name), RAW, "file", disk, driver);
    }
  }

  private void emptyDisk(
      Volume volume, String field, Disk.DiskBuilder disk, Disk.Driver.DriverBuilder driver) {
    String path = DiskPaths.emptyDisk(volume.getName());
    long size =
        Quantities.bytes(volume.getEmptyDisk().getCapacity(), field + ".emptyDisk.capacity");
    disk.type("file").source(Disk.Source.file(path));
    driver.type(QCOW2);
    files.add(new FileToPrepare.Directory(LauncherPod.EMPTY_DISK_DIR));
    files.add(new FileToPrepare.BlankImage(path, QCOW2, size));
  }

  private void hostDisk(
      String name,
      String field,
      HostDisk hostDisk,
      Disk.DiskBuilder disk,
      Disk.Driver.DriverBuilder driver) {
    String path = DiskPaths.hostDisk(name, hostDisk.getPath());
    disk.type("file").source(Disk.Source.file(path));
    driver.type(RAW);
    if (hostDisk.getType() == HostDiskType.DISK_OR_CREATE && hostDisk.getCapacity() != null) {
      long size = Quantities.bytes(hostDisk.getCapacity(), field + ".hostDisk.capacity");
      files.add(new FileToPrepare.BlankImage(path, RAW, size));
    } else {
      files.add(new FileToPrepare.ExistingImage(path, name));
    }
  }

  private void iso(
      String path,
      String source,
      String label,
      Disk.DiskBuilder disk,
      Disk.Driver.DriverBuilder driver) {
    disk.type("file").source(Disk.Source.file(path));
    driver.type(RAW);
    String volumeLabel = label == null || label.isEmpty() ? DiskPaths.DEFAULT_CONFIG_LABEL : label;
    files.add(new FileToPrepare.Directory(path.substring(0, path.lastIndexOf('/'))));
    files.add(new FileToPrepare.ConfigIso(path, source, volumeLabel));
  }
}
