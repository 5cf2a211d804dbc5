package io.jvirt.launcher.domain.render;

import io.jvirt.contract.LauncherPod;

/** Where each kind of disk image and socket lives inside the compute container (upstream's). */
public final class DiskPaths {
  /** File name of a NoCloud ISO. */
  public static final String NO_CLOUD_ISO = "noCloud.iso";

  /** File name of a config-drive ISO. */
  public static final String CONFIG_DRIVE_ISO = "configdrive.iso";

  /** File name of the service account ISO (there is at most one such volume). */
  public static final String SERVICE_ACCOUNT_ISO = "service-account.iso";

  /** Volume label of ConfigMap, Secret and service account ISOs without their own. */
  public static final String DEFAULT_CONFIG_LABEL = "cfgdata";

  private DiskPaths() {}

  /** The writable overlay of a containerDisk or ephemeral volume. */
  public static String overlay(String volumeName) {
    return overlayDirectory(volumeName) + "/disk.qcow2";
  }

  /** The directory holding a volume's overlay. */
  public static String overlayDirectory(String volumeName) {
    return LauncherPod.EPHEMERAL_DISK_DATA_DIR + "/" + volumeName;
  }

  /** The read-only image of the containerDisk at {@code volumeIndex} in spec.volumes. */
  public static String containerDiskImage(int volumeIndex) {
    return LauncherPod.containerDiskImage(volumeIndex);
  }

  /** The blank qcow2 image of an emptyDisk volume. */
  public static String emptyDisk(String volumeName) {
    return LauncherPod.EMPTY_DISK_DIR + "/" + volumeName + ".qcow2";
  }

  /** A filesystem PVC or DataVolume's image. */
  public static String volumeImage(String volumeName) {
    return LauncherPod.VMI_DISKS_DIR + "/" + volumeName + "/disk.img";
  }

  /** A block PVC or DataVolume's device node. */
  public static String blockDevice(String volumeName) {
    return "/dev/" + volumeName;
  }

  /** A host disk image: its directory is mounted under vmi-disks/<volume>. */
  public static String hostDisk(String volumeName, String hostPath) {
    String base = hostPath.substring(hostPath.lastIndexOf('/') + 1);
    return LauncherPod.VMI_DISKS_DIR + "/" + volumeName + "/" + base;
  }

  /** The directory of a VMI's cloud-init ISO. */
  public static String cloudInitDirectory(String namespace, String vmiName) {
    return LauncherPod.CLOUD_INIT_DIR + "/" + namespace + "/" + vmiName;
  }

  /** A VMI's NoCloud ISO. */
  public static String noCloudIso(String namespace, String vmiName) {
    return cloudInitDirectory(namespace, vmiName) + "/" + NO_CLOUD_ISO;
  }

  /** A VMI's config-drive ISO. */
  public static String configDriveIso(String namespace, String vmiName) {
    return cloudInitDirectory(namespace, vmiName) + "/" + CONFIG_DRIVE_ISO;
  }

  /** The ISO of a ConfigMap volume. */
  public static String configMapIso(String volumeName) {
    return LauncherPod.CONFIG_MAP_DISKS_DIR + "/" + volumeName + ".iso";
  }

  /** The ISO of a Secret volume. */
  public static String secretIso(String volumeName) {
    return LauncherPod.SECRET_DISKS_DIR + "/" + volumeName + ".iso";
  }

  /** The ISO of the service account volume. */
  public static String serviceAccountIso() {
    return LauncherPod.SERVICE_ACCOUNT_DISK_DIR + "/" + SERVICE_ACCOUNT_ISO;
  }

  /** Where a ConfigMap volume's files are mounted. */
  public static String configMapSource(String volumeName) {
    return LauncherPod.CONFIG_MAP_SOURCE_DIR + "/" + volumeName;
  }

  /** Where a Secret volume's files (or a cloud-init volume's secrets) are mounted. */
  public static String secretSource(String volumeName) {
    return LauncherPod.SECRET_SOURCE_DIR + "/" + volumeName;
  }

  /** A VMI's EFI variable store. */
  public static String nvram(String vmiName) {
    return LauncherPod.NVRAM_DIR + "/" + vmiName + "_VARS.fd";
  }

  /** A kernel-boot artifact, by the base name of its path inside the kernel-boot image. */
  public static String kernelBootArtifact(String pathInImage) {
    String base = pathInImage.substring(pathInImage.lastIndexOf('/') + 1);
    return LauncherPod.KERNEL_BOOT_DIR + "/" + base;
  }
}
