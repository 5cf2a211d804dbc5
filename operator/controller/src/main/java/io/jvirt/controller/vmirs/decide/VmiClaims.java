package io.jvirt.controller.vmirs.decide;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Which VMIs of the namespace a ReplicaSet holds, adopts or lets go (the controller-ref claim of
 * Kubernetes ReplicaSets): it keeps its own VMIs that still match its selector, adopts live
 * ownerless ones that match, and releases its own that no longer match.
 */
public record VmiClaims(
    List<VirtualMachineInstance> owned,
    List<VirtualMachineInstance> adopt,
    List<VirtualMachineInstance> release) {

  /** Sorts {@code candidates} (all VMIs of the namespace) for {@code rs}. */
  public static VmiClaims of(
      VirtualMachineInstanceReplicaSet rs, List<VirtualMachineInstance> candidates) {
    List<VirtualMachineInstance> owned = new ArrayList<>();
    List<VirtualMachineInstance> adopt = new ArrayList<>();
    List<VirtualMachineInstance> release = new ArrayList<>();
    boolean rsDeleting = rs.getMetadata().getDeletionTimestamp() != null;
    for (VirtualMachineInstance vmi : candidates) {
      OwnerReference controller = controllerOf(vmi);
      boolean matches =
          Selectors.matches(rs.getSpec().getSelector(), vmi.getMetadata().getLabels());
      if (controller != null) {
        if (!rs.getMetadata().getUid().equals(controller.getUid())) {
          continue;
        }
        if (matches || rsDeleting) {
          owned.add(vmi);
        } else {
          release.add(vmi);
        }
      } else if (matches && !rsDeleting && vmi.getMetadata().getDeletionTimestamp() == null) {
        adopt.add(vmi);
      }
    }
    return new VmiClaims(List.copyOf(owned), List.copyOf(adopt), List.copyOf(release));
  }

  /** The VMI's controller owner reference, or null. */
  public static OwnerReference controllerOf(VirtualMachineInstance vmi) {
    return vmi.getMetadata().getOwnerReferences().stream()
        .filter(o -> Boolean.TRUE.equals(o.getController()))
        .findFirst()
        .orElse(null);
  }
}
