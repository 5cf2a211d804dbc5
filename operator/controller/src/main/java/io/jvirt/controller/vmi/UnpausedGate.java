package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.vmi.render.LauncherPodRenderer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the launcher pod's readiness gate {@code kubevirt.io/virtual-machine-unpaused} equal to
 * "the VMI is not paused", as upstream's VMI controller does; without it the pod is never Ready.
 */
final class UnpausedGate {
  private static final PatchContext STRATEGIC_MERGE = PatchContext.of(PatchType.STRATEGIC_MERGE);

  private final KubernetesClient client;

  /** What was written to each pod (by uid) and not yet seen in the informer's copy. */
  private final Map<String, String> unseen = new ConcurrentHashMap<>();

  UnpausedGate(KubernetesClient client) {
    this.client = client;
  }

  void sync(VirtualMachineInstance vmi, Pod pod, Instant now) {
    if (pod.getMetadata().getDeletionTimestamp() != null || pod.getStatus() == null) {
      return;
    }
    String uid = pod.getMetadata().getUid();
    boolean paused = paused(vmi);
    String wanted = paused ? "False" : "True";
    PodCondition current =
        pod.getStatus().getConditions().stream()
            .filter(c -> LauncherPodRenderer.UNPAUSED_READINESS_GATE.equals(c.getType()))
            .findFirst()
            .orElse(null);
    if (current != null) {
      unseen.remove(uid);
      if (wanted.equals(current.getStatus())) {
        return;
      }
    } else if (uid != null && wanted.equals(unseen.get(uid))) {
      // written already; the informer's copy is older than that write
      return;
    }
    PodCondition gate =
        new PodConditionBuilder()
            .withType(LauncherPodRenderer.UNPAUSED_READINESS_GATE)
            .withStatus(wanted)
            .withReason(paused ? "Paused" : "NotPaused")
            .withMessage(
                paused ? "the virtual machine is paused" : "the virtual machine is not paused")
            .withLastTransitionTime(now.toString())
            .build();
    // a strategic merge of the one condition (conditions merge by type): no read, no conflict
    // with the kubelet, which writes the pod's other conditions
    Pod patch =
        new PodBuilder()
            .withNewMetadata()
            .withName(pod.getMetadata().getName())
            .withNamespace(pod.getMetadata().getNamespace())
            .endMetadata()
            .withNewStatus()
            .addToConditions(gate)
            .endStatus()
            .build();
    client.pods().resource(patch).subresource("status").patch(STRATEGIC_MERGE);
    if (uid != null) {
      unseen.put(uid, wanted);
    }
  }

  /** Forgets the pods of a VMI that is gone. */
  void forget(Iterable<String> podUids) {
    podUids.forEach(unseen::remove);
  }

  private static boolean paused(VirtualMachineInstance vmi) {
    return vmi.getStatus() != null
        && vmi.getStatus().getConditions() != null
        && vmi.getStatus().getConditions().stream()
            .anyMatch(c -> "Paused".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
