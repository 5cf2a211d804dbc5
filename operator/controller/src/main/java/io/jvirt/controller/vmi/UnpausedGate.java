package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.vmi.render.LauncherPodRenderer;
import java.time.Instant;

/**
 * Keeps the launcher pod's readiness gate {@code kubevirt.io/virtual-machine-unpaused} equal to
 * "the VMI is not paused", as upstream's VMI controller does; without it the pod is never Ready.
 */
final class UnpausedGate {
  private UnpausedGate() {}

  static void sync(KubernetesClient client, VirtualMachineInstance vmi, Pod pod, Instant now) {
    if (pod.getMetadata().getDeletionTimestamp() != null || pod.getStatus() == null) {
      return;
    }
    boolean paused =
        vmi.getStatus() != null
            && vmi.getStatus().getConditions() != null
            && vmi.getStatus().getConditions().stream()
                .anyMatch(c -> "Paused".equals(c.getType()) && "True".equals(c.getStatus()));
    String wanted = paused ? "False" : "True";
    PodCondition current =
        pod.getStatus().getConditions().stream()
            .filter(c -> LauncherPodRenderer.UNPAUSED_READINESS_GATE.equals(c.getType()))
            .findFirst()
            .orElse(null);
    if (current != null && wanted.equals(current.getStatus())) {
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
    client
        .pods()
        .inNamespace(pod.getMetadata().getNamespace())
        .withName(pod.getMetadata().getName())
        .editStatus(
            p -> {
              p.getStatus().getConditions().removeIf(c -> gate.getType().equals(c.getType()));
              p.getStatus().getConditions().add(gate);
              return p;
            });
  }
}
