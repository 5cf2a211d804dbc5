package io.jvirt.bench;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.LauncherPod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The launcher pod's memory figures: each container's, what the pod asks for, the guest's RAM. */
final class LauncherMemory {
  private LauncherMemory() {}

  /** Each running container's working set (sidecar init containers too), KiB, by name. */
  static Map<String, Long> containers(PodMemory memory, Pod pod) {
    Map<String, Long> kib = new TreeMap<>();
    if (pod.getStatus() == null) {
      return kib;
    }
    List<ContainerStatus> statuses = new ArrayList<>();
    if (pod.getStatus().getInitContainerStatuses() != null) {
      statuses.addAll(pod.getStatus().getInitContainerStatuses());
    }
    if (pod.getStatus().getContainerStatuses() != null) {
      statuses.addAll(pod.getStatus().getContainerStatuses());
    }
    for (ContainerStatus status : statuses) {
      String id = status.getContainerID();
      if (id != null) {
        String bare = id.substring(id.indexOf("://") + 3);
        memory
            .containerKib(pod.getMetadata().getUid(), bare)
            .ifPresent(v -> kib.put(status.getName(), v));
      }
    }
    return kib;
  }

  /**
   * RSS of each process in the pod's {@code compute} container, KiB, by process name (summed when a
   * name repeats): what the launcher's memory request has to cover.
   */
  static Map<String, Long> computeProcesses(PodMemory memory, ProcessStats processes, Pod pod) {
    Map<String, Long> kib = new TreeMap<>();
    if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
      return kib;
    }
    for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
      if (LauncherPod.COMPUTE.equals(status.getName()) && status.getContainerID() != null) {
        String id = status.getContainerID();
        for (long pid :
            memory.containerPids(pod.getMetadata().getUid(), id.substring(id.indexOf("://") + 3))) {
          long rss = processes.rssKib(pid).orElse(0);
          processes.name(pid).ifPresent(name -> kib.merge(name, rss, Long::sum));
        }
      }
    }
    return kib;
  }

  /** The memory the pod's containers request together, KiB. */
  static long requestKib(Pod pod) {
    long bytes = 0;
    for (Container container : pod.getSpec().getContainers()) {
      if (container.getResources() != null && container.getResources().getRequests() != null) {
        Quantity memory = container.getResources().getRequests().get("memory");
        if (memory != null) {
          bytes += Quantity.getAmountInBytes(memory).longValue();
        }
      }
    }
    return bytes / 1024;
  }

  /** The guest's RAM, KiB: domain.memory.guest, else the memory request; 0 when neither. */
  static long guestKib(VirtualMachineInstance vmi) {
    var domain = vmi.getSpec().getDomain();
    Quantity guest = domain.getMemory() == null ? null : domain.getMemory().getGuest();
    if (guest == null
        && domain.getResources() != null
        && domain.getResources().getRequests() != null) {
      guest = domain.getResources().getRequests().get("memory");
    }
    return guest == null ? 0 : Quantity.getAmountInBytes(guest).longValue() / 1024;
  }
}
