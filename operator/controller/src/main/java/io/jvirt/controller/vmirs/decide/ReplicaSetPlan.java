package io.jvirt.controller.vmirs.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import java.util.List;
import java.util.Objects;

/**
 * What one VMI replica set reconcile round should do.
 *
 * @param vmisToCreate how many VMIs to create from the template (see {@link VmiFromReplicaSet})
 * @param toDelete VMIs to delete: surplus active ones first, then finished and unknown ones
 * @param status the status to write; equal to the current one when nothing changed
 * @param events events to record after the status is written
 */
public record ReplicaSetPlan(
    int vmisToCreate,
    List<VirtualMachineInstance> toDelete,
    VirtualMachineInstanceReplicaSetStatus status,
    List<ReplicaSetEvent> events) {

  /** Copies the lists, so a plan never changes after it is made. */
  public ReplicaSetPlan {
    toDelete = List.copyOf(toDelete);
    events = List.copyOf(events);
  }

  /** True when {@link #status()} differs from {@code current}, i.e. a status update is due. */
  public boolean statusDiffers(VirtualMachineInstanceReplicaSetStatus current) {
    return !Objects.equals(status, current);
  }
}
