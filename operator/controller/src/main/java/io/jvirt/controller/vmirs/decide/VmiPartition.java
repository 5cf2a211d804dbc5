package io.jvirt.controller.vmirs.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The owned VMIs of a replica set split as upstream does; VMIs being deleted are in no group.
 *
 * @param active neither final, nor being deleted, nor with a terminating launcher pod
 * @param finished in a final phase and not being deleted
 * @param unknown not final and not being deleted, but {@code Ready=False} reason PodTerminating
 */
record VmiPartition(
    List<VirtualMachineInstance> active,
    List<VirtualMachineInstance> finished,
    List<VirtualMachineInstance> unknown) {
  static final String READY = "Ready";
  static final String POD_TERMINATING = "PodTerminating";

  /** Splits {@code vmis}, keeping their order inside each group. */
  static VmiPartition of(List<VirtualMachineInstance> vmis) {
    List<VirtualMachineInstance> active = new ArrayList<>();
    List<VirtualMachineInstance> finished = new ArrayList<>();
    List<VirtualMachineInstance> unknown = new ArrayList<>();
    for (VirtualMachineInstance vmi : vmis) {
      if (vmi.getMetadata() != null && vmi.getMetadata().getDeletionTimestamp() != null) {
        continue;
      }
      if (isFinal(vmi)) {
        finished.add(vmi);
      } else if (hasCondition(vmi, READY, "False", POD_TERMINATING)) {
        unknown.add(vmi);
      } else {
        active.add(vmi);
      }
    }
    return new VmiPartition(List.copyOf(active), List.copyOf(finished), List.copyOf(unknown));
  }

  /** How many active VMIs report {@code Ready=True}. */
  int readyCount() {
    return (int) active.stream().filter(vmi -> hasCondition(vmi, READY, "True", null)).count();
  }

  private static boolean isFinal(VirtualMachineInstance vmi) {
    VirtualMachineInstanceStatus status = vmi.getStatus();
    return status != null && status.getPhase() != null && status.getPhase().isFinal();
  }

  private static boolean hasCondition(
      VirtualMachineInstance vmi, String type, String status, String reason) {
    if (vmi.getStatus() == null || vmi.getStatus().getConditions() == null) {
      return false;
    }
    for (Condition condition : vmi.getStatus().getConditions()) {
      if (type.equals(condition.getType())
          && status.equals(condition.getStatus())
          && (reason == null || reason.equals(condition.getReason()))) {
        return true;
      }
    }
    return false;
  }
}
