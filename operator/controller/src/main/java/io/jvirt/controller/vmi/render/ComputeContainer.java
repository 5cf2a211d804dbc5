package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.Port;
import io.jvirt.contract.LauncherPod;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.ArrayList;
import java.util.List;

/** The {@code compute} container, which runs virt-launcher and QEMU (template.go). */
final class ComputeContainer {
  /** Upstream's --launcher-qemu-timeout default, in seconds. */
  static final int QEMU_TIMEOUT_BASE_SECONDS = 240;

  /** Upstream adds a random 0..119 s so launchers do not all time out together. */
  static final int QEMU_TIMEOUT_JITTER_SECONDS = 120;

  /** virt-launcher's own kill deadline runs this long after the VMI's grace period. */
  static final long LAUNCHER_GRACE_PADDING_SECONDS = 15;

  private ComputeContainer() {}

  static Container render(
      VirtualMachineInstance vmi, ClusterConfig config, List<VolumeMount> mounts) {
    List<String> capabilities = new ArrayList<>(List.of("NET_BIND_SERVICE"));
    if (!VmiTraits.nonRoot(vmi)) {
      // Root launchers pin vCPU threads, which needs SYS_NICE.
      capabilities.add("SYS_NICE");
    }
    List<EnvVar> env = new ArrayList<>(LauncherSecurity.xdgEnvironment(vmi));
    env.add(
        new EnvVarBuilder()
            .withName("POD_NAME")
            .withNewValueFrom()
            .withNewFieldRef()
            .withFieldPath("metadata.name")
            .endFieldRef()
            .endValueFrom()
            .build());
    return new ContainerBuilder()
        .withName(LauncherPod.COMPUTE)
        .withImage(config.launcherImage())
        .withImagePullPolicy(config.imagePullPolicy())
        .withCommand(config.launcherCommand())
        .withArgs(args(vmi, config))
        .withEnv(env)
        .withResources(ComputeResources.render(vmi, config))
        .withPorts(ports(vmi))
        .withVolumeMounts(mounts)
        .withSecurityContext(LauncherSecurity.container(vmi, capabilities, false))
        .withReadinessProbe(LauncherProbes.render(vmi, vmi.getSpec().getReadinessProbe()))
        .withLivenessProbe(LauncherProbes.render(vmi, vmi.getSpec().getLivenessProbe()))
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .build();
  }

  static List<String> args(VirtualMachineInstance vmi, ClusterConfig config) {
    List<String> args = new ArrayList<>();
    add(args, "--qemu-timeout", qemuTimeoutSeconds(vmi) + "s");
    add(args, "--name", vmi.getMetadata().getName());
    add(args, "--uid", vmi.getMetadata().getUid());
    add(args, "--namespace", vmi.getMetadata().getNamespace());
    add(args, "--kubevirt-share-dir", LauncherPod.VIRT_SHARE_DIR);
    add(args, "--ephemeral-disk-dir", LauncherPod.EPHEMERAL_DISK_DIR);
    add(args, "--container-disk-dir", LauncherPod.CONTAINER_DISK_DIR);
    long grace = VmiTraits.gracePeriodSeconds(vmi) + LAUNCHER_GRACE_PADDING_SECONDS;
    add(args, "--grace-period-seconds", Long.toString(grace));
    add(args, "--hook-sidecars", "0");
    if (VmiTraits.nonRoot(vmi)) {
      args.add("--run-as-nonroot");
    }
    if (config.useEmulation()) {
      args.add("--allow-emulation");
    }
    return args;
  }

  /** Base plus a jitter derived from the VMI UID: spread like upstream's, yet deterministic. */
  static int qemuTimeoutSeconds(VirtualMachineInstance vmi) {
    String uid = vmi.getMetadata().getUid() == null ? "" : vmi.getMetadata().getUid();
    return QEMU_TIMEOUT_BASE_SECONDS + Math.floorMod(uid.hashCode(), QEMU_TIMEOUT_JITTER_SECONDS);
  }

  private static List<ContainerPort> ports(VirtualMachineInstance vmi) {
    List<ContainerPort> ports = new ArrayList<>();
    for (Interface iface : VmiTraits.interfaces(vmi)) {
      if (iface.getPorts() == null) {
        continue;
      }
      for (Port port : iface.getPorts()) {
        ports.add(
            new ContainerPortBuilder()
                .withName(port.getName())
                .withProtocol(port.getProtocol() == null ? "TCP" : port.getProtocol())
                .withContainerPort(port.getPort())
                .build());
      }
    }
    return ports;
  }

  private static void add(List<String> args, String flag, String value) {
    args.add(flag);
    args.add(value);
  }
}
