package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodReadinessGate;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.KernelBootContainer;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders the virt-launcher pod of a VMI (upstream template.go, section 3.3): a pure function of
 * the VMI and the cluster configuration, with every map and list in a stable order.
 */
public final class LauncherPodRenderer {
  /** Pod readiness gate virt-controller keeps in step with the VMI's Paused condition. */
  public static final String UNPAUSED_READINESS_GATE = "kubevirt.io/virtual-machine-unpaused";

  /** The pod outlives the VMI grace period by this much, so virt-handler normally wins. */
  static final long POD_GRACE_PADDING_SECONDS = 30;

  private LauncherPodRenderer() {}

  /** The launcher pod to create for {@code vmi}; {@code vmi} is not modified. */
  public static Pod render(VirtualMachineInstance vmi, ClusterConfig config) {
    LauncherVolumes.Rendered volumes = LauncherVolumes.render(vmi);
    List<Container> containers = new ArrayList<>();
    containers.add(ComputeContainer.render(vmi, config, volumes.computeMounts()));
    containers.addAll(SupportContainers.containers(vmi));
    PodSpec spec =
        new PodSpecBuilder()
            .withHostname(PodMetadata.hostname(vmi))
            .withSubdomain(vmi.getSpec().getSubdomain())
            .withSecurityContext(LauncherSecurity.pod(vmi))
            .withTerminationGracePeriodSeconds(
                VmiTraits.gracePeriodSeconds(vmi) + POD_GRACE_PADDING_SECONDS)
            .withRestartPolicy("Never")
            .withContainers(containers)
            .withInitContainers(SupportContainers.initContainers(vmi, config))
            .withNodeSelector(nodeSelector(vmi))
            .withVolumes(volumes.volumes())
            .withImagePullSecrets(imagePullSecrets(vmi))
            .withDnsPolicy(vmi.getSpec().getDnsPolicy())
            .addToReadinessGates(new PodReadinessGate(UNPAUSED_READINESS_GATE))
            .withEnableServiceLinks(false)
            .withPriorityClassName(vmi.getSpec().getPriorityClassName())
            .withServiceAccountName(serviceAccountName(vmi))
            .withAutomountServiceAccountToken(serviceAccountVolume(vmi) != null)
            .build();
    SchedulingFields.copy(vmi.getSpec(), spec);
    return new PodBuilder()
        .withApiVersion("v1")
        .withKind("Pod")
        .withMetadata(PodMetadata.render(vmi))
        .withSpec(spec)
        .build();
  }

  /**
   * Schedulable nodes of the VMI architecture, narrowed by the VMI selectors (dedicated CPUs:
   * cpumanager).
   */
  static SortedMap<String, String> nodeSelector(VirtualMachineInstance vmi) {
    SortedMap<String, String> selector = new TreeMap<>();
    selector.put(KubevirtLabels.SCHEDULABLE, "true");
    String architecture = vmi.getSpec().getArchitecture();
    if (architecture != null && !architecture.isEmpty()) {
      selector.put("kubernetes.io/arch", architecture.toLowerCase(Locale.ROOT));
    }
    if (vmi.getSpec().getNodeSelector() != null) {
      selector.putAll(vmi.getSpec().getNodeSelector());
    }
    if (VmiTraits.dedicatedCpu(vmi)) {
      selector.put("kubevirt.io/cpumanager", "true");
    }
    return selector;
  }

  private static List<LocalObjectReference> imagePullSecrets(VirtualMachineInstance vmi) {
    List<String> names = new ArrayList<>();
    for (Volume volume : volumes(vmi.getSpec())) {
      if (volume.getContainerDisk() != null) {
        addUnique(names, volume.getContainerDisk().getImagePullSecret());
      }
    }
    KernelBootContainer kernelBoot = SupportContainers.kernelBoot(vmi);
    if (kernelBoot != null) {
      addUnique(names, kernelBoot.getImagePullSecret());
    }
    return names.stream().map(LocalObjectReference::new).toList();
  }

  private static String serviceAccountName(VirtualMachineInstance vmi) {
    String name = vmi.getSpec().getServiceAccountName();
    if (name != null && !name.isEmpty()) {
      return name;
    }
    Volume volume = serviceAccountVolume(vmi);
    return volume == null ? null : volume.getServiceAccount().getServiceAccountName();
  }

  private static Volume serviceAccountVolume(VirtualMachineInstance vmi) {
    for (Volume volume : volumes(vmi.getSpec())) {
      if (volume.getServiceAccount() != null) {
        return volume;
      }
    }
    return null;
  }

  private static List<Volume> volumes(VirtualMachineInstanceSpec spec) {
    return spec.getVolumes() == null ? List.of() : spec.getVolumes();
  }

  private static void addUnique(List<String> names, String name) {
    if (name != null && !name.isEmpty() && !names.contains(name)) {
      names.add(name);
    }
  }
}
