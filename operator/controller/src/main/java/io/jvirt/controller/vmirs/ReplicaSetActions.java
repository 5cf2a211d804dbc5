package io.jvirt.controller.vmirs;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;

/** The writes of the VMI ReplicaSet controller: its act layer. */
public interface ReplicaSetActions {
  /** Makes {@code rs} the controller of the ownerless {@code orphan}; returns the VMI as stored. */
  VirtualMachineInstance adopt(VirtualMachineInstanceReplicaSet rs, VirtualMachineInstance orphan);

  /** Removes {@code rs} from the owners of {@code stray}, which its selector no longer matches. */
  void release(VirtualMachineInstanceReplicaSet rs, VirtualMachineInstance stray);

  /** Creates {@code vmi} (rendered from the template); returns it as stored. */
  VirtualMachineInstance create(VirtualMachineInstance vmi);

  /** Deletes {@code vmi}. */
  void delete(VirtualMachineInstance vmi);

  /** Writes {@code status} to the replica set's status subresource. */
  void writeStatus(
      VirtualMachineInstanceReplicaSet rs, VirtualMachineInstanceReplicaSetStatus status);

  /** Records an event on {@code rs}; {@code warning} picks the event type. */
  void event(VirtualMachineInstanceReplicaSet rs, boolean warning, String reason, String message);
}
