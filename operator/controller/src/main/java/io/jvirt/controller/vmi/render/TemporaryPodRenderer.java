package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.LauncherPod;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod that binds a VMI's WaitForFirstConsumer claims before its launcher pod may exist
 * (upstream's RenderLaunchManifestNoVm): the launcher pod's identity, placement and claims, one
 * container that only says so and exits, marked {@code kubevirt.io/ephemeral-provisioning}.
 */
public final class TemporaryPodRenderer {
  private TemporaryPodRenderer() {}

  /** The helper pod of {@code vmi}; {@code vmi} is not modified. */
  public static Pod render(VirtualMachineInstance vmi, ClusterConfig config) {
    Pod launcher = LauncherPodRenderer.render(vmi, config);
    List<Volume> claims = new ArrayList<>();
    List<VolumeMount> mounts = new ArrayList<>();
    for (Volume volume : launcher.getSpec().getVolumes()) {
      if (volume.getPersistentVolumeClaim() != null) {
        claims.add(volume);
        mounts.add(
            new VolumeMountBuilder()
                .withName(volume.getName())
                .withMountPath("/var/run/kubevirt-private/vmi-disks/" + volume.getName())
                .build());
      }
    }
    Container compute =
        launcher.getSpec().getContainers().stream()
            .filter(c -> LauncherPod.COMPUTE.equals(c.getName()))
            .findFirst()
            .orElseThrow();
    Container bind =
        new ContainerBuilder()
            .withName(LauncherPod.COMPUTE)
            .withImage(compute.getImage())
            .withImagePullPolicy(compute.getImagePullPolicy())
            .withCommand("/bin/bash", "-c", "echo bound PVCs")
            .withVolumeMounts(mounts)
            .build();
    Map<String, String> annotations = new LinkedHashMap<>();
    if (launcher.getMetadata().getAnnotations() != null) {
      annotations.putAll(launcher.getMetadata().getAnnotations());
    }
    annotations.put(KubevirtAnnotations.EPHEMERAL_PROVISIONING, "true");
    return new PodBuilder(launcher)
        .editMetadata()
        .withAnnotations(annotations)
        .endMetadata()
        .editSpec()
        .withInitContainers(List.of())
        .withContainers(bind)
        .withVolumes(claims)
        .withReadinessGates(List.of())
        .withRestartPolicy("Never")
        .endSpec()
        .build();
  }
}
