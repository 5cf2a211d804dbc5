package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.volume.ConfigMapVolumeSource;
import io.jvirt.api.v1.volume.HostDisk;
import io.jvirt.api.v1.volume.HostDiskType;
import io.jvirt.api.v1.volume.SecretVolumeSource;
import io.jvirt.contract.LauncherPod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Pod volumes of a launcher pod and where the compute container mounts them (rendervolumes.go). */
final class LauncherVolumes {
  static final String HOST_TO_CONTAINER = "HostToContainer";

  private final List<Volume> volumes = new ArrayList<>();
  private final List<VolumeMount> mounts = new ArrayList<>();

  /** The volumes and the compute container's mounts, in upstream's order. */
  record Rendered(List<Volume> volumes, List<VolumeMount> computeMounts) {}

  private LauncherVolumes() {}

  static Rendered render(VirtualMachineInstance vmi) {
    LauncherVolumes renderer = new LauncherVolumes();
    renderer.base();
    renderer.configVolumes(vmi);
    renderer.storageVolumes(vmi);
    renderer.accessCredentials(vmi);
    if (!Boolean.TRUE.equals(VmiTraits.devices(vmi).getDisableHotplug())) {
      renderer.emptyDir(LauncherPod.HOTPLUG_DISKS_VOLUME);
      renderer.mount(
          LauncherPod.HOTPLUG_DISKS_VOLUME,
          LauncherPod.HOTPLUG_DISK_DIR,
          HOST_TO_CONTAINER,
          null,
          false);
    }
    return new Rendered(List.copyOf(renderer.volumes), List.copyOf(renderer.mounts));
  }

  private void base() {
    for (String name :
        List.of(
            LauncherPod.PRIVATE_VOLUME,
            LauncherPod.PUBLIC_VOLUME,
            LauncherPod.SOCKETS_VOLUME,
            LauncherPod.VIRT_BIN_SHARE_VOLUME,
            LauncherPod.LIBVIRT_RUNTIME_VOLUME)) {
      emptyDir(name);
    }
    emptyDir(LauncherPod.EPHEMERAL_DISKS_VOLUME);
    emptyDir(LauncherPod.CONTAINER_DISKS_VOLUME);
    mount(LauncherPod.PRIVATE_VOLUME, LauncherPod.VIRT_PRIVATE_DIR, null, null, false);
    mount(LauncherPod.PUBLIC_VOLUME, LauncherPod.VIRT_SHARE_DIR, null, null, false);
    mount(LauncherPod.EPHEMERAL_DISKS_VOLUME, LauncherPod.EPHEMERAL_DISK_DIR, null, null, false);
    mount(LauncherPod.LIBVIRT_RUNTIME_VOLUME, LauncherPod.LIBVIRT_RUNTIME_DIR, null, null, false);
    mount(LauncherPod.SOCKETS_VOLUME, LauncherPod.SOCKETS_DIR, null, null, false);
    mount(
        LauncherPod.CONTAINER_DISKS_VOLUME,
        LauncherPod.CONTAINER_DISK_DIR,
        HOST_TO_CONTAINER,
        null,
        false);
  }

  /** Secrets and ConfigMaps become pod volumes; only those a disk uses are mounted. */
  private void configVolumes(VirtualMachineInstance vmi) {
    List<io.jvirt.api.v1.volume.Volume> vmiVolumes = vmiVolumes(vmi);
    for (io.jvirt.api.v1.volume.Volume volume : vmiVolumes) {
      SecretVolumeSource secret = volume.getSecret();
      if (secret != null) {
        volumes.add(
            new VolumeBuilder()
                .withName(volume.getName())
                .withNewSecret()
                .withSecretName(secret.getSecretName())
                .withOptional(secret.getOptional())
                .endSecret()
                .build());
      }
      ConfigMapVolumeSource configMap = volume.getConfigMap();
      if (configMap != null) {
        volumes.add(
            new VolumeBuilder()
                .withName(volume.getName())
                .withNewConfigMap()
                .withName(configMap.getName())
                .withOptional(configMap.getOptional())
                .endConfigMap()
                .build());
      }
    }
    Set<String> diskNames = new HashSet<>();
    List<Disk> disks = VmiTraits.devices(vmi).getDisks();
    if (disks != null) {
      disks.forEach(disk -> diskNames.add(disk.getName()));
    }
    for (io.jvirt.api.v1.volume.Volume volume : vmiVolumes) {
      if (!diskNames.contains(volume.getName())) {
        continue;
      }
      if (volume.getSecret() != null) {
        mount(
            volume.getName(),
            LauncherPod.SECRET_SOURCE_DIR + "/" + volume.getName(),
            null,
            null,
            true);
      }
      if (volume.getConfigMap() != null) {
        mount(
            volume.getName(),
            LauncherPod.CONFIG_MAP_SOURCE_DIR + "/" + volume.getName(),
            null,
            null,
            true);
      }
    }
  }

  /** PVCs, DataVolumes, ephemeral PVCs and cloud-init secrets; hotpluggable ones are left out. */
  private void storageVolumes(VirtualMachineInstance vmi) {
    for (io.jvirt.api.v1.volume.Volume volume : vmiVolumes(vmi)) {
      String name = volume.getName();
      if (volume.getPersistentVolumeClaim() != null
          && !Boolean.TRUE.equals(volume.getPersistentVolumeClaim().getHotpluggable())) {
        claim(
            name,
            volume.getPersistentVolumeClaim().getClaimName(),
            volume.getPersistentVolumeClaim().getReadOnly());
      }
      if (volume.getEphemeral() != null
          && volume.getEphemeral().getPersistentVolumeClaim() != null) {
        claim(
            name,
            volume.getEphemeral().getPersistentVolumeClaim().getClaimName(),
            volume.getEphemeral().getPersistentVolumeClaim().getReadOnly());
      }
      if (volume.getHostDisk() != null) {
        hostDisk(name, volume.getHostDisk());
      }
      if (volume.getDataVolume() != null
          && !Boolean.TRUE.equals(volume.getDataVolume().getHotpluggable())) {
        claim(name, volume.getDataVolume().getName(), null);
      }
      if (volume.getCloudInitNoCloud() != null) {
        cloudInitSecrets(
            name,
            volume.getCloudInitNoCloud().getSecretRef(),
            volume.getCloudInitNoCloud().getNetworkDataSecretRef());
      }
      if (volume.getCloudInitConfigDrive() != null) {
        cloudInitSecrets(
            name,
            volume.getCloudInitConfigDrive().getSecretRef(),
            volume.getCloudInitConfigDrive().getNetworkDataSecretRef());
      }
    }
  }

  /** Each secret of spec.accessCredentials, for the launcher to read keys or passwords from. */
  private void accessCredentials(VirtualMachineInstance vmi) {
    for (String secret : AccessCredentialSecrets.of(vmi.getSpec())) {
      String volume = LauncherPod.accessCredentialVolume(secret);
      volumes.add(
          new VolumeBuilder()
              .withName(volume)
              .withNewSecret()
              .withSecretName(secret)
              .endSecret()
              .build());
      mount(volume, LauncherPod.accessCredentialDir(secret), null, null, true);
    }
  }

  /**
   * A claim mounted as a filesystem: without the PVC object this pure renderer cannot tell block
   * volumes apart, so it renders what upstream does for the common Filesystem mode.
   */
  private void claim(String name, String claimName, Boolean readOnly) {
    volumes.add(
        new VolumeBuilder()
            .withName(name)
            .withNewPersistentVolumeClaim()
            .withClaimName(claimName)
            .withReadOnly(Boolean.TRUE.equals(readOnly) ? true : null)
            .endPersistentVolumeClaim()
            .build());
    mount(name, LauncherPod.VMI_DISKS_DIR + "/" + name, null, null, false);
  }

  /** The directory holding the disk image, from the node. */
  private void hostDisk(String name, HostDisk disk) {
    String path = disk.getPath();
    int slash = path.lastIndexOf('/');
    String dir = slash <= 0 ? "/" : path.substring(0, slash);
    String type = disk.getType() == HostDiskType.DISK ? "Directory" : "DirectoryOrCreate";
    volumes.add(
        new VolumeBuilder()
            .withName(name)
            .withNewHostPath()
            .withPath(dir)
            .withType(type)
            .endHostPath()
            .build());
    mount(name, LauncherPod.VMI_DISKS_DIR + "/" + name, null, null, false);
  }

  private void cloudInitSecrets(
      String name, LocalObjectReference userData, LocalObjectReference networkData) {
    if (userData != null) {
      secretFiles(name + "-udata", userData.getName(), name, "userdata", "userData");
    }
    if (networkData != null) {
      secretFiles(name + "-ndata", networkData.getName(), name, "networkdata", "networkData");
    }
  }

  private void secretFiles(String volume, String secret, String dir, String... keys) {
    volumes.add(
        new VolumeBuilder()
            .withName(volume)
            .withNewSecret()
            .withSecretName(secret)
            .endSecret()
            .build());
    for (String key : keys) {
      mount(volume, LauncherPod.SECRET_SOURCE_DIR + "/" + dir + "/" + key, null, key, true);
    }
  }

  private void emptyDir(String name) {
    volumes.add(new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build());
  }

  private void mount(
      String name, String path, String propagation, String subPath, boolean readOnly) {
    mounts.add(
        new VolumeMountBuilder()
            .withName(name)
            .withMountPath(path)
            .withMountPropagation(propagation)
            .withSubPath(subPath)
            .withReadOnly(readOnly ? true : null)
            .build());
  }

  private static List<io.jvirt.api.v1.volume.Volume> vmiVolumes(VirtualMachineInstance vmi) {
    List<io.jvirt.api.v1.volume.Volume> volumes = vmi.getSpec().getVolumes();
    return volumes == null ? List.of() : volumes;
  }
}
