package io.jvirt.contract;

import java.util.List;

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

  /** File name of the unix socket of the guest's first serial port, in the per-VMI directory. */
  public static final String SERIAL_SOCKET = "virt-serial0";

  /** File name of QEMU's VNC socket in the per-VMI directory. */
  public static final String VNC_SOCKET = "virt-vnc";

  /** The static helper copied into containerDisk containers from the launcher image. */
  public static final String CONTAINER_DISK_BINARY = "/usr/bin/container-disk";

  /** Where a containerDisk container puts its socket, in the container-disks emptyDir. */
  public static final String CONTAINER_DISK_DATA_DIR = EPHEMERAL_DISK_DIR + "/container-disk-data";

  /** Kernel and initrd of direct kernel boot, bind-mounted from the kernel-boot container. */
  public static final String KERNEL_BOOT_DIR = CONTAINER_DISK_DIR + "/kernel-boot";

  /** Writable qcow2 overlays of containerDisk and ephemeral volumes: {@code <dir>/<volume>/}. */
  public static final String EPHEMERAL_DISK_DATA_DIR = EPHEMERAL_DISK_DIR + "/disk-data";

  /** Blank qcow2 images of emptyDisk volumes: {@code <dir>/<volume>.qcow2}. */
  public static final String EMPTY_DISK_DIR = LIBVIRT_RUNTIME_DIR + "/empty-disks";

  /** Cloud-init ISOs: {@code <dir>/<namespace>/<vmi>/noCloud.iso} or {@code configdrive.iso}. */
  public static final String CLOUD_INIT_DIR = EPHEMERAL_DISK_DIR + "/cloud-init-data";

  /** Where Secret volumes (and cloud-init secrets) are mounted: {@code <dir>/<volume>/}. */
  public static final String SECRET_SOURCE_DIR = VIRT_PRIVATE_DIR + "/secret";

  /** Suffix of the pod volume holding an accessCredentials secret: {@code <secret>-access-cred}. */
  public static final String ACCESS_CREDENTIAL_VOLUME_SUFFIX = "-access-cred";

  /** Where ConfigMap volumes are mounted: {@code <dir>/<volume>/}. */
  public static final String CONFIG_MAP_SOURCE_DIR = VIRT_PRIVATE_DIR + "/config-map";

  /** The pod's own service account token, CA and namespace, as the kubelet mounts them. */
  public static final String SERVICE_ACCOUNT_SOURCE_DIR =
      "/var/run/secrets/kubernetes.io/serviceaccount";

  /** ISO images made from Secret, ConfigMap and service account volumes. */
  public static final String SECRET_DISKS_DIR = VIRT_PRIVATE_DIR + "/secret-disks";

  public static final String CONFIG_MAP_DISKS_DIR = VIRT_PRIVATE_DIR + "/config-map-disks";
  public static final String SERVICE_ACCOUNT_DISK_DIR = VIRT_PRIVATE_DIR + "/service-account-disk";

  /** EFI variable stores, {@code <dir>/<vmi>_VARS.fd}, dropped with the pod. */
  public static final String NVRAM_DIR = VIRT_PRIVATE_DIR + "/libvirt/qemu/nvram";

  /** Files of a cloud-init user-data or network-data secret; upstream accepts either spelling. */
  public static final List<String> CLOUD_INIT_USER_DATA_KEYS = List.of("userdata", "userData");

  public static final List<String> CLOUD_INIT_NETWORK_DATA_KEYS =
      List.of("networkdata", "networkData");

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
    return serialConsoleSocket(vmiUid) + "-log";
  }

  /** The unix socket QEMU listens on for the first serial port; virt-handler connects to it. */
  public static String serialConsoleSocket(String vmiUid) {
    return privateVmiDir(vmiUid) + "/" + SERIAL_SOCKET;
  }

  /** The unix socket QEMU's VNC server listens on; virt-handler connects to it. */
  public static String vncSocket(String vmiUid) {
    return privateVmiDir(vmiUid) + "/" + VNC_SOCKET;
  }

  /** The unix socket of the guest agent's virtio-serial channel, which libvirt talks to. */
  public static String guestAgentSocket(String vmiUid) {
    return privateVmiDir(vmiUid) + "/virt-guest-agent";
  }

  /** The pod volume of an accessCredentials secret, one per secret however many use it. */
  public static String accessCredentialVolume(String secretName) {
    return secretName + ACCESS_CREDENTIAL_VOLUME_SUFFIX;
  }

  /** Where an accessCredentials secret is mounted read-only, one file per key of the secret. */
  public static String accessCredentialDir(String secretName) {
    return SECRET_SOURCE_DIR + "/" + accessCredentialVolume(secretName);
  }

  /** The n-th containerDisk's image as the launcher sees it (a read-only bind mount). */
  public static String containerDiskImage(int volumeIndex) {
    return CONTAINER_DISK_DIR + "/" + containerDisk(volumeIndex) + ".img";
  }
}
