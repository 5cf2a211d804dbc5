package io.jvirt.controller.vmirs;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import io.jvirt.controller.vmirs.decide.VmiFromReplicaSet;
import io.jvirt.daemon.events.EventRecorder;

/** The VMI ReplicaSet controller's act layer on the API server. */
public final class ApiReplicaSetActions implements ReplicaSetActions {
  private final KubernetesClient client;
  private final EventRecorder events;

  /** Actions through {@code client}, events through {@code events}. */
  public ApiReplicaSetActions(KubernetesClient client, EventRecorder events) {
    this.client = client;
    this.events = events;
  }

  @Override
  public VirtualMachineInstance adopt(
      VirtualMachineInstanceReplicaSet rs, VirtualMachineInstance orphan) {
    return client
        .resource(orphan)
        .edit(
            v -> {
              v.getMetadata().getOwnerReferences().add(VmiFromReplicaSet.ownerReference(rs));
              return v;
            });
  }

  @Override
  public void release(VirtualMachineInstanceReplicaSet rs, VirtualMachineInstance stray) {
    client
        .resource(stray)
        .edit(
            v -> {
              v.getMetadata()
                  .getOwnerReferences()
                  .removeIf(o -> rs.getMetadata().getUid().equals(o.getUid()));
              return v;
            });
  }

  @Override
  public VirtualMachineInstance create(VirtualMachineInstance vmi) {
    return client.resource(vmi).create();
  }

  @Override
  public void delete(VirtualMachineInstance vmi) {
    client.resource(vmi).delete();
  }

  @Override
  public void writeStatus(
      VirtualMachineInstanceReplicaSet rs, VirtualMachineInstanceReplicaSetStatus status) {
    VirtualMachineInstanceReplicaSet copy = new VirtualMachineInstanceReplicaSet();
    copy.setMetadata(rs.getMetadata());
    copy.setSpec(rs.getSpec());
    copy.setStatus(status);
    client.resource(copy).updateStatus();
  }

  @Override
  public void event(
      VirtualMachineInstanceReplicaSet rs, boolean warning, String reason, String message) {
    if (warning) {
      events.warning(rs, reason, message);
    } else {
      events.normal(rs, reason, message);
    }
  }
}
