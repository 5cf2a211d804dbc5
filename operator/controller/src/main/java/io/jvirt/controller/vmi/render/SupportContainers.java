package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.KernelBootContainer;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.contract.LauncherPod;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Containers that serve containerDisk and kernel-boot images (upstream container-disk.go). */
final class SupportContainers {
  static final String KERNEL_BOOT_VOLUME = "kernel-boot-volume";

  private SupportContainers() {}

  /** One {@code volume<name>} container per containerDisk volume, then the kernel-boot one. */
  static List<Container> containers(VirtualMachineInstance vmi) {
    return diskContainers(vmi, false);
  }

  /**
   * Init containers: the guest-console-log sidecar, then the copy of the container-disk binary into
   * the shared directory and one no-op per image so the kubelet pulls every image before
   * virt-launcher starts.
   */
  static List<Container> initContainers(VirtualMachineInstance vmi, ClusterConfig config) {
    List<Container> init = new ArrayList<>();
    if (GuestConsoleLog.enabled(vmi)) {
      init.add(GuestConsoleLog.render(vmi, config));
    }
    List<Container> disks = diskContainers(vmi, true);
    if (!disks.isEmpty()) {
      init.add(binaryCopy(vmi, config));
      init.addAll(disks);
    }
    return init;
  }

  static KernelBootContainer kernelBoot(VirtualMachineInstance vmi) {
    Firmware firmware = VmiTraits.domain(vmi).getFirmware();
    if (firmware == null || firmware.getKernelBoot() == null) {
      return null;
    }
    KernelBootContainer container = firmware.getKernelBoot().getContainer();
    return container == null || container.getImage() == null ? null : container;
  }

  private static List<Container> diskContainers(VirtualMachineInstance vmi, boolean init) {
    List<Container> containers = new ArrayList<>();
    List<Volume> volumes =
        vmi.getSpec().getVolumes() == null ? List.of() : vmi.getSpec().getVolumes();
    for (int index = 0; index < volumes.size(); index++) {
      Volume volume = volumes.get(index);
      if (volume.getContainerDisk() == null || KERNEL_BOOT_VOLUME.equals(volume.getName())) {
        continue;
      }
      containers.add(
          diskContainer(
              vmi,
              volume.getName(),
              volume.getContainerDisk().getImage(),
              volume.getContainerDisk().getImagePullPolicy(),
              LauncherPod.containerDisk(index),
              init));
    }
    KernelBootContainer kernelBoot = kernelBoot(vmi);
    if (kernelBoot != null) {
      containers.add(
          diskContainer(
              vmi,
              KERNEL_BOOT_VOLUME,
              kernelBoot.getImage(),
              kernelBoot.getImagePullPolicy(),
              "kernel-boot",
              init));
    }
    return containers;
  }

  private static Container diskContainer(
      VirtualMachineInstance vmi,
      String volumeName,
      String image,
      String pullPolicy,
      String diskName,
      boolean init) {
    String mountDir = LauncherPod.CONTAINER_DISK_DATA_DIR + "/" + vmi.getMetadata().getUid();
    boolean guaranteed = VmiTraits.dedicatedCpu(vmi) || VmiTraits.wantsGuaranteedQos(vmi);
    Map<String, Quantity> requests = new TreeMap<>();
    requests.put("cpu", new Quantity(guaranteed ? "10m" : "1m"));
    requests.put("memory", new Quantity(guaranteed ? "40M" : "1M"));
    requests.put("ephemeral-storage", new Quantity(ComputeResources.EPHEMERAL_STORAGE_OVERHEAD));
    Map<String, Quantity> limits = new TreeMap<>();
    limits.put("cpu", new Quantity("10m"));
    limits.put("memory", new Quantity("40M"));
    return new ContainerBuilder()
        .withName("volume" + volumeName + (init ? "-init" : ""))
        .withImage(image)
        .withImagePullPolicy(pullPolicy)
        .withCommand(LauncherPod.CONTAINER_DISK_BINARY)
        .withArgs(init ? List.of("--no-op") : List.of("--copy-path", mountDir + "/" + diskName))
        .addNewVolumeMount()
        .withName(LauncherPod.CONTAINER_DISKS_VOLUME)
        .withMountPath(mountDir)
        .endVolumeMount()
        .addNewVolumeMount()
        .withName(LauncherPod.VIRT_BIN_SHARE_VOLUME)
        .withMountPath("/usr/bin")
        .endVolumeMount()
        .withResources(
            new ResourceRequirementsBuilder().withRequests(requests).withLimits(limits).build())
        .withSecurityContext(
            new SecurityContextBuilder()
                .withRunAsUser(VmiTraits.NON_ROOT_UID)
                .withRunAsNonRoot(true)
                .withAllowPrivilegeEscalation(false)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .build())
        .build();
  }

  private static Container binaryCopy(VirtualMachineInstance vmi, ClusterConfig config) {
    boolean guaranteed = VmiTraits.dedicatedCpu(vmi) || VmiTraits.wantsGuaranteedQos(vmi);
    Map<String, Quantity> requests = new TreeMap<>();
    requests.put("cpu", new Quantity("10m"));
    requests.put("memory", new Quantity(guaranteed ? "40M" : "1M"));
    Map<String, Quantity> limits = new TreeMap<>();
    limits.put("cpu", new Quantity(guaranteed ? "10m" : "100m"));
    limits.put("memory", new Quantity("40M"));
    ResourceRequirements resources =
        new ResourceRequirementsBuilder().withRequests(requests).withLimits(limits).build();
    SecurityContext security = LauncherSecurity.container(vmi, List.of(), true);
    return new ContainerBuilder()
        .withName("container-disk-binary")
        .withImage(config.launcherImage())
        .withImagePullPolicy(config.imagePullPolicy())
        .withCommand("/usr/bin/cp")
        .withArgs(
            "--preserve=all",
            LauncherPod.CONTAINER_DISK_BINARY,
            "/init" + LauncherPod.CONTAINER_DISK_BINARY)
        .withEnv(LauncherSecurity.xdgEnvironment(vmi))
        .addNewVolumeMount()
        .withName(LauncherPod.VIRT_BIN_SHARE_VOLUME)
        .withMountPath("/init/usr/bin")
        .endVolumeMount()
        .withResources(resources)
        .withSecurityContext(security)
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .build();
  }
}
