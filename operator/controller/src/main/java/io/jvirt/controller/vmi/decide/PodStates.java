package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.LauncherPod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How far a launcher pod has come, in upstream's terms (pkg/controller/controller.go). */
final class PodStates {
  static final String ISTIO_PROXY = "istio-proxy";
  static final String TEMPORARY_POD = KubevirtAnnotations.EPHEMERAL_PROVISIONING;

  private PodStates() {}

  /** The pods whose controller owner reference names this VMI's UID. */
  static List<Pod> ownedBy(VirtualMachineInstance vmi, List<Pod> pods) {
    String uid = vmi.getMetadata().getUid();
    List<Pod> owned = new ArrayList<>();
    if (uid == null) {
      return owned;
    }
    for (Pod pod : pods) {
      List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
      if (owners != null
          && owners.stream()
              .anyMatch(o -> Boolean.TRUE.equals(o.getController()) && uid.equals(o.getUid()))) {
        owned.add(pod);
      }
    }
    return owned;
  }

  /** The newest pod, among those on the VMI's node once it has one. */
  static Pod current(VirtualMachineInstance vmi, List<Pod> owned) {
    String node = vmi.getStatus() == null ? null : vmi.getStatus().getNodeName();
    Pod current = null;
    for (Pod pod : owned) {
      String podNode = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
      if (node != null && !node.isEmpty() && !node.equals(podNode)) {
        continue;
      }
      if (current == null || created(current).isBefore(created(pod))) {
        current = pod;
      }
    }
    return current;
  }

  static boolean isTemporary(Pod pod) {
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(TEMPORARY_POD);
  }

  static boolean isTerminating(Pod pod) {
    return pod.getMetadata().getDeletionTimestamp() != null;
  }

  /** Ready for hand-over: Running, compute started, every other container ready. */
  static boolean isReady(Pod pod) {
    if (isDownOrGoingDown(pod)) {
      return false;
    }
    for (ContainerStatus container : containerStatuses(pod)) {
      // compute may carry the VMI's readiness probe, so only its start counts
      if (LauncherPod.COMPUTE.equals(container.getName())
          || ISTIO_PROXY.equals(container.getName())) {
        if (container.getState() == null || container.getState().getRunning() == null) {
          return false;
        }
      } else if (!Boolean.TRUE.equals(container.getReady())) {
        return false;
      }
    }
    return "Running".equals(phase(pod));
  }

  static boolean isDownOrGoingDown(Pod pod) {
    String phase = phase(pod);
    return "Succeeded".equals(phase)
        || "Failed".equals(phase)
        || computeTerminated(pod, false)
        || isTerminating(pod);
  }

  static boolean isFailedOrGoingDown(Pod pod) {
    return "Failed".equals(phase(pod)) || computeTerminated(pod, true) || isTerminating(pod);
  }

  /** The first init or regular container waiting on an image pull error, as a sync failure. */
  static SyncFailure imagePullFailure(Pod pod) {
    PodStatus status = pod.getStatus();
    if (status == null) {
      return null;
    }
    List<ContainerStatus> all = new ArrayList<>();
    if (status.getInitContainerStatuses() != null) {
      all.addAll(status.getInitContainerStatuses());
    }
    all.addAll(containerStatuses(pod));
    for (ContainerStatus container : all) {
      if (container.getState() == null || container.getState().getWaiting() == null) {
        continue;
      }
      String reason = container.getState().getWaiting().getReason();
      if ("ErrImagePull".equals(reason) || "ImagePullBackOff".equals(reason)) {
        return new SyncFailure(reason, container.getState().getWaiting().getMessage());
      }
    }
    return null;
  }

  static PodCondition condition(Pod pod, String type) {
    if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
      return null;
    }
    for (PodCondition condition : pod.getStatus().getConditions()) {
      if (type.equals(condition.getType())) {
        return condition;
      }
    }
    return null;
  }

  static String computeImage(Pod pod) {
    if (pod.getSpec() == null || pod.getSpec().getContainers() == null) {
      return null;
    }
    return pod.getSpec().getContainers().stream()
        .filter(c -> LauncherPod.COMPUTE.equals(c.getName()))
        .map(c -> c.getImage())
        .findFirst()
        .orElse(null);
  }

  private static boolean computeTerminated(Pod pod, boolean onlyFailure) {
    for (ContainerStatus container : containerStatuses(pod)) {
      if (LauncherPod.COMPUTE.equals(container.getName())) {
        var terminated = container.getState() == null ? null : container.getState().getTerminated();
        return terminated != null
            && (!onlyFailure || terminated.getExitCode() == null || terminated.getExitCode() != 0);
      }
    }
    return false;
  }

  private static List<ContainerStatus> containerStatuses(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
      return List.of();
    }
    return pod.getStatus().getContainerStatuses();
  }

  private static String phase(Pod pod) {
    return pod.getStatus() == null ? null : pod.getStatus().getPhase();
  }

  private static Instant created(Pod pod) {
    String created = pod.getMetadata().getCreationTimestamp();
    return created == null ? Instant.MIN : Instant.parse(created);
  }
}
