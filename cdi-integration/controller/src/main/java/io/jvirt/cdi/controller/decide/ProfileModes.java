package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import java.util.ArrayList;
import java.util.List;

/** Fills missing access and volume modes from a storage profile (section 2.3 step 4). */
final class ProfileModes {
  private ProfileModes() {}

  static void fill(PersistentVolumeClaimSpec spec, StorageClassInfo sc) throws ClaimNotValid {
    List<String> access = spec.getAccessModes();
    boolean accessMissing = access == null || access.isEmpty();
    String volumeMode = spec.getVolumeMode();
    if (!accessMissing && volumeMode != null) {
      return;
    }
    for (ClaimPropertySet set : sc.claimPropertySets()) {
      if (accessMissing && volumeMode == null) {
        apply(spec, set);
        return;
      }
      if (accessMissing && volumeMode.equals(modeOf(set)) && !set.accessModes().isEmpty()) {
        spec.setAccessModes(new ArrayList<>(set.accessModes()));
        return;
      }
      if (!accessMissing && set.accessModes().containsAll(access) && set.volumeMode() != null) {
        spec.setVolumeMode(set.volumeMode());
        return;
      }
    }
    throw new ClaimNotValid(
        accessMissing ? "spec.storage.accessModes" : "spec.storage.volumeMode",
        "Spec is missing "
            + (accessMissing ? "accessMode" : "")
            + (accessMissing && volumeMode == null ? " and " : "")
            + (volumeMode == null ? "volumeMode" : "")
            + ", cannot get "
            + (accessMissing ? "access mode" : "volume mode")
            + " from StorageProfile "
            + sc.name());
  }

  private static void apply(PersistentVolumeClaimSpec spec, ClaimPropertySet set) {
    spec.setAccessModes(new ArrayList<>(set.accessModes()));
    spec.setVolumeMode(set.volumeMode());
  }

  private static String modeOf(ClaimPropertySet set) {
    return set.volumeMode() == null ? StorageSpecRenderer.FILESYSTEM : set.volumeMode();
  }
}
