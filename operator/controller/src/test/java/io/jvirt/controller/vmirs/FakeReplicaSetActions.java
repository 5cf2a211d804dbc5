package io.jvirt.controller.vmirs;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import io.jvirt.controller.vmirs.decide.VmiFromReplicaSet;
import java.util.ArrayList;
import java.util.List;

/** A replica set act layer that records what the sync asked for; creations can be refused. */
final class FakeReplicaSetActions implements ReplicaSetActions {
  final List<VirtualMachineInstance> created = new ArrayList<>();
  final List<String> adopted = new ArrayList<>();
  final List<String> released = new ArrayList<>();
  final List<String> deleted = new ArrayList<>();
  final List<VirtualMachineInstanceReplicaSetStatus> statuses = new ArrayList<>();
  final List<String> events = new ArrayList<>();
  boolean refuseCreations;

  @Override
  public VirtualMachineInstance adopt(
      VirtualMachineInstanceReplicaSet rs, VirtualMachineInstance orphan) {
    adopted.add(orphan.getMetadata().getName());
    orphan.getMetadata().getOwnerReferences().add(VmiFromReplicaSet.ownerReference(rs));
    return orphan;
  }

  @Override
  public void release(VirtualMachineInstanceReplicaSet rs, VirtualMachineInstance stray) {
    released.add(stray.getMetadata().getName());
  }

  @Override
  public VirtualMachineInstance create(VirtualMachineInstance vmi) {
    if (refuseCreations) {
      throw new KubernetesClientException("exceeded quota");
    }
    vmi.getMetadata().setName(vmi.getMetadata().getGenerateName() + created.size());
    vmi.getMetadata().setUid("created-" + created.size());
    created.add(vmi);
    return vmi;
  }

  @Override
  public void delete(VirtualMachineInstance vmi) {
    deleted.add(vmi.getMetadata().getName());
  }

  @Override
  public void writeStatus(
      VirtualMachineInstanceReplicaSet rs, VirtualMachineInstanceReplicaSetStatus status) {
    statuses.add(status);
    rs.setStatus(status);
  }

  @Override
  public void event(
      VirtualMachineInstanceReplicaSet rs, boolean warning, String reason, String message) {
    events.add((warning ? "Warning " : "Normal ") + reason);
  }
}
