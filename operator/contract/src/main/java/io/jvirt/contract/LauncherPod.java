package io.jvirt.contract;

/**
 * The launcher pod as virt-controller renders it and virt-launcher and virt-handler find it:
 * container and volume names, and the paths inside the compute container.
 */
public final class LauncherPod {
  /** The container running virt-launcher, libvirt and QEMU. */
  public static final String COMPUTE = "compute";

  /** The container that prints the guest's serial console to its log. */
  public static final String GUEST_CONSOLE_LOG = "guest-console-log";

  /** emptyDir volumes. */
  public static final String PRIVATE_VOLUME = "private";

  public static final String PUBLIC_VOLUME = "public";
  public static final String SOCKETS_VOLUME = "sockets";
  public static final String VIRT_BIN_SHARE_VOLUME = "virt-bin-share-dir";
  public static final String LIBVIRT_RUNTIME_VOLUME = "libvirt-runtime";
  public static final String EPHEMERAL_DISKS_VOLUME = "ephemeral-disks";
  public static final String CONTAINER_DISKS_VOLUME = "container-disks";
  public static final String HOTPLUG_DISKS_VOLUME = "hotplug-disks";

  /** Paths inside the compute container. */
  public static final String VIRT_PRIVATE_DIR = "/var/run/kubevirt-private";

  public static final String VIRT_SHARE_DIR = "/var/run/kubevirt";
  public static final String EPHEMERAL_DISK_DIR = "/var/run/kubevirt-ephemeral-disks";
  public static final String CONTAINER_DISK_DIR = VIRT_SHARE_DIR + "/container-disks";
  public static final String HOTPLUG_DISK_DIR = VIRT_SHARE_DIR + "/hotplug-disks";
  public static final String SOCKETS_DIR = VIRT_SHARE_DIR + "/sockets";
  public static final String LIBVIRT_RUNTIME_DIR = "/var/run/libvirt";

  /** Where PVC and DataVolume file systems are mounted: {@code <dir>/<volume>/disk.img}. */
  public static final String VMI_DISKS_DIR = VIRT_PRIVATE_DIR + "/vmi-disks";

  /** The launcher's command socket while it starts, then once it is ready (renamed). */
  public static final String LAUNCHER_INIT_SOCKET = "launcher-init-sock";

  public static final String LAUNCHER_SOCKET = "launcher-sock";

  /** The static helper copied into containerDisk containers from the launcher image. */
  public static final String CONTAINER_DISK_BINARY = "/usr/bin/container-disk";

  /** Where a containerDisk container puts its socket, in the container-disks emptyDir. */
  public static final String CONTAINER_DISK_DATA_DIR = EPHEMERAL_DISK_DIR + "/container-disk-data";

  private LauncherPod() {}

  /** The n-th containerDisk's file name stem in the container-disks emptyDir. */
  public static String containerDisk(int volumeIndex) {
    return "disk_" + volumeIndex;
  }

  /** The per-VMI directory holding the serial and VNC sockets and the console log. */
  public static String privateVmiDir(String vmiUid) {
    return VIRT_PRIVATE_DIR + "/" + vmiUid;
  }

  /** The guest's serial console log, which the guest-console-log container prints. */
  public static String serialConsoleLog(String vmiUid) {
    return privateVmiDir(vmiUid) + "/virt-serial0-log";
  }
}
