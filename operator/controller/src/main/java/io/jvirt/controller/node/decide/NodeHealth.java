package io.jvirt.controller.node.decide;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.common.model.Timestamps;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.KubevirtLabels;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * virt-controller's node check (upstream node.go): a node whose virt-handler heartbeat is older
 * than the timeout is unresponsive; it is marked unschedulable, and each of its active VMIs that
 * has no live launcher pod fails with reason NodeUnresponsive. A node without a heartbeat
 * annotation never is unresponsive (no virt-handler ever ran there).
 */
public final class NodeHealth {
  /** Upstream's heartbeat timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /** status.reason of a VMI failed because its node stopped answering. */
  public static final String NODE_UNRESPONSIVE = "NodeUnresponsive";

  private NodeHealth() {}

  /** What to do about one node. */
  public record Verdict(
      boolean unresponsive, boolean markUnschedulable, List<VirtualMachineInstance> vmisToFail) {}

  /**
   * The verdict for {@code node} at {@code now}: {@code vmis} are the VMIs labelled with its name,
   * {@code launcherPods} the launcher pods by VMI UID.
   */
  public static Verdict decide(
      Node node,
      List<VirtualMachineInstance> vmis,
      Map<String, List<Pod>> launcherPods,
      Instant now,
      Duration timeout) {
    Map<String, String> annotations = node.getMetadata().getAnnotations();
    String heartbeat = annotations == null ? null : annotations.get(KubevirtAnnotations.HEARTBEAT);
    if (heartbeat == null || !Timestamps.parse(heartbeat).plus(timeout).isBefore(now)) {
      return new Verdict(false, false, List.of());
    }
    Map<String, String> labels = node.getMetadata().getLabels();
    boolean schedulable = labels != null && "true".equals(labels.get(KubevirtLabels.SCHEDULABLE));
    List<VirtualMachineInstance> failing = new ArrayList<>();
    for (VirtualMachineInstance vmi : vmis) {
      boolean active =
          vmi.getStatus() != null
              && vmi.getStatus().getPhase() != null
              && !vmi.getStatus().getPhase().isFinal();
      List<Pod> pods = launcherPods.getOrDefault(vmi.getMetadata().getUid(), List.of());
      if (active && pods.stream().noneMatch(NodeHealth::live)) {
        failing.add(vmi);
      }
    }
    return new Verdict(true, schedulable, failing);
  }

  /**
   * A pod that still counts as running the guest: not finished, and not every container terminated
   * (a pod stuck terminating on a dead kubelet still counts, as upstream).
   */
  static boolean live(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    if ("Failed".equals(phase) || "Succeeded".equals(phase)) {
      return false;
    }
    var statuses = pod.getStatus() == null ? null : pod.getStatus().getContainerStatuses();
    if (statuses == null || statuses.isEmpty()) {
      return true;
    }
    return statuses.stream()
        .anyMatch(s -> s.getState() == null || s.getState().getTerminated() == null);
  }

  /** The event message on a failed VMI, as upstream's. */
  public static String message(String node) {
    return "virt-handler on node " + node + " is not responsive, marking VMI as failed";
  }
}
