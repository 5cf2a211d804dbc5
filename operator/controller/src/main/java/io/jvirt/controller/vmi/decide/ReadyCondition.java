package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;

/** The VMI's Ready condition, derived from its launcher pod (section 3.5). */
final class ReadyCondition {
  static final String POD_NOT_EXISTS = "PodNotExists";
  static final String POD_TERMINATING = "PodTerminating";
  static final String GUEST_NOT_RUNNING = "GuestNotRunning";
  static final String POD_CONDITION_MISSING = "PodConditionMissing";

  private ReadyCondition() {}

  /**
   * Sets Ready from {@code pod} (null when none) for a VMI that was in {@code phase} before this
   * decision; an unchanged status and reason keep the existing condition and its timestamps.
   */
  static void sync(
      VirtualMachineInstanceStatus status, VirtualMachineInstancePhase phase, Pod pod, String now) {
    if (pod == null || PodStates.isTemporary(pod)) {
      notReady(status, POD_NOT_EXISTS, "virt-launcher pod has not yet been scheduled", now);
    } else if (PodStates.isDownOrGoingDown(pod)) {
      notReady(status, POD_TERMINATING, "virt-launcher pod is terminating", now);
    } else if (phase != VirtualMachineInstancePhase.RUNNING) {
      notReady(status, GUEST_NOT_RUNNING, "Guest VM is not reported as running", now);
    } else {
      PodCondition ready = PodStates.condition(pod, VmiConditions.READY);
      if (ready == null) {
        notReady(
            status, POD_CONDITION_MISSING, "virt-launcher pod is missing the Ready condition", now);
        return;
      }
      VmiConditions.update(
          status,
          new Condition()
              .setType(VmiConditions.READY)
              .setStatus(ready.getStatus())
              .setReason(ready.getReason())
              .setMessage(ready.getMessage())
              .setLastProbeTime(ready.getLastProbeTime())
              .setLastTransitionTime(ready.getLastTransitionTime()));
    }
  }

  private static void notReady(
      VirtualMachineInstanceStatus status, String reason, String message, String now) {
    VmiConditions.update(
        status,
        new Condition()
            .setType(VmiConditions.READY)
            .setStatus("False")
            .setReason(reason)
            .setMessage(message)
            .setLastProbeTime(now)
            .setLastTransitionTime(now));
  }
}
