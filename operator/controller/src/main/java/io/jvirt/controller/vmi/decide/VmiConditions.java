package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.PodCondition;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.contract.ConditionReasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Edits of a VMI status's condition list with upstream's condition-manager semantics. */
final class VmiConditions {
  static final String READY = "Ready";
  static final String POD_SCHEDULED = "PodScheduled";
  static final String SYNCHRONIZED = "Synchronized";
  static final String PROVISIONING = "Provisioning";

  private VmiConditions() {}

  static Condition find(VirtualMachineInstanceStatus status, String type) {
    if (status.getConditions() == null) {
      return null;
    }
    for (Condition condition : status.getConditions()) {
      if (type.equals(condition.getType())) {
        return condition;
      }
    }
    return null;
  }

  static void remove(VirtualMachineInstanceStatus status, String type) {
    if (find(status, type) == null) {
      return;
    }
    List<Condition> kept = new ArrayList<>(status.getConditions());
    kept.removeIf(condition -> type.equals(condition.getType()));
    status.setConditions(kept);
  }

  /** Replaces the condition of the same type only when status or reason differ; else appends. */
  static void update(VirtualMachineInstanceStatus status, Condition condition) {
    List<Condition> conditions =
        status.getConditions() == null
            ? new ArrayList<>()
            : new ArrayList<>(status.getConditions());
    for (int i = 0; i < conditions.size(); i++) {
      Condition existing = conditions.get(i);
      if (!condition.getType().equals(existing.getType())) {
        continue;
      }
      if (!Objects.equals(existing.getStatus(), condition.getStatus())
          || !Objects.equals(existing.getReason(), condition.getReason())) {
        conditions.set(i, condition);
        status.setConditions(conditions);
      }
      return;
    }
    conditions.add(condition);
    status.setConditions(conditions);
  }

  /** Adds a copy of a pod condition unless the VMI already has one of that type. */
  static void addFromPod(VirtualMachineInstanceStatus status, PodCondition pod) {
    if (find(status, pod.getType()) != null) {
      return;
    }
    append(
        status,
        new Condition()
            .setType(pod.getType())
            .setStatus(pod.getStatus())
            .setReason(pod.getReason())
            .setMessage(pod.getMessage())
            .setLastProbeTime(pod.getLastProbeTime())
            .setLastTransitionTime(pod.getLastTransitionTime()));
  }

  /**
   * Synchronized=False for a sync failure, added only when absent; removed once syncs succeed again
   * (upstream CheckFailure, which keeps the first failure's reason). virt-handler's own failure is
   * the handler's to clear.
   */
  static void checkFailure(VirtualMachineInstanceStatus status, SyncFailure failure, String now) {
    if (failure != null && find(status, SYNCHRONIZED) == null) {
      append(
          status,
          new Condition()
              .setType(SYNCHRONIZED)
              .setStatus("False")
              .setReason(failure.reason())
              .setMessage(failure.message())
              .setLastTransitionTime(now));
    } else if (failure == null) {
      Condition current = find(status, SYNCHRONIZED);
      if (current != null && !ConditionReasons.HANDLER_SYNC_FAILED.equals(current.getReason())) {
        remove(status, SYNCHRONIZED);
      }
    }
  }

  static void append(VirtualMachineInstanceStatus status, Condition condition) {
    List<Condition> conditions =
        status.getConditions() == null
            ? new ArrayList<>()
            : new ArrayList<>(status.getConditions());
    conditions.add(condition);
    status.setConditions(conditions);
  }
}
