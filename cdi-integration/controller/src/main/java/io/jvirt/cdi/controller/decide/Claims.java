package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.Map;

/** Reading a PVC: its phase, annotations, volume mode and controller. */
final class Claims {
  static final String PENDING = "Pending";
  static final String BOUND = "Bound";
  static final String LOST = "Lost";

  private Claims() {}

  /** The PVC's phase; a PVC the API server has not given one yet counts as Pending. */
  static String phase(PersistentVolumeClaim claim) {
    String phase = claim.getStatus() == null ? null : claim.getStatus().getPhase();
    return phase == null || phase.isEmpty() ? PENDING : phase;
  }

  static boolean bound(PersistentVolumeClaim claim) {
    return BOUND.equals(phase(claim));
  }

  static Map<String, String> annotations(PersistentVolumeClaim claim) {
    Map<String, String> annotations =
        claim == null || claim.getMetadata() == null ? null : claim.getMetadata().getAnnotations();
    return annotations == null ? Map.of() : annotations;
  }

  static String annotation(PersistentVolumeClaim claim, String key) {
    return annotations(claim).get(key);
  }

  static boolean deleting(PersistentVolumeClaim claim) {
    return claim.getMetadata().getDeletionTimestamp() != null;
  }

  /** Block, or Filesystem when the spec says nothing. */
  static boolean block(PersistentVolumeClaim claim) {
    return claim.getSpec() != null
        && StorageSpecRenderer.BLOCK.equals(claim.getSpec().getVolumeMode());
  }

  /** The UID of the PVC's controller, or null. */
  static String controllerUid(PersistentVolumeClaim claim) {
    if (claim.getMetadata().getOwnerReferences() == null) {
      return null;
    }
    for (OwnerReference ref : claim.getMetadata().getOwnerReferences()) {
      if (Boolean.TRUE.equals(ref.getController())) {
        return ref.getUid();
      }
    }
    return null;
  }
}
