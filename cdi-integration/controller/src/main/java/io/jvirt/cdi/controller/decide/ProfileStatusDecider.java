package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.jvirt.cdi.api.v1beta1.CdiCloneStrategy;
import io.jvirt.cdi.api.v1beta1.StorageProfileSpec;
import io.jvirt.cdi.api.v1beta1.StorageProfileStatus;
import io.jvirt.common.model.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A StorageProfile's status: each spec field that is set, else CDI's recommendation. */
public final class ProfileStatusDecider {
  /** On a StorageClass: the clone strategy its profile recommends unless the spec sets one. */
  public static final String CLONE_STRATEGY_ANNOTATION = "cdi.kubevirt.io/clone-strategy";

  /** The DataImportCron source format when nothing advises otherwise. */
  public static final String PVC_FORMAT = "pvc";

  private ProfileStatusDecider() {}

  /**
   * The status of the profile of {@code storageClass} whose spec is {@code spec} (null for none),
   * CDI recommending {@code recommended}; null when the spec's claim property sets are invalid.
   */
  public static StorageProfileStatus status(
      StorageClass storageClass, StorageProfileSpec spec, List<ClaimPropertySet> recommended) {
    StorageProfileSpec wanted = spec == null ? new StorageProfileSpec() : spec;
    if (invalid(wanted.getClaimPropertySets()) != null) {
      return null;
    }
    StorageProfileStatus status = new StorageProfileStatus();
    status.setStorageClass(storageClass.getMetadata().getName());
    status.setProvisioner(storageClass.getProvisioner());
    status.setSnapshotClass(wanted.getSnapshotClass());
    status.setCloneStrategy(cloneStrategy(storageClass, wanted));
    status.setDataImportCronSourceFormat(
        wanted.getDataImportCronSourceFormat() == null
            ? PVC_FORMAT
            : wanted.getDataImportCronSourceFormat());
    status.setClaimPropertySets(toApi(claimPropertySets(wanted, recommended)));
    return status;
  }

  /**
   * The claim property sets in effect: the spec's when it has valid ones, else {@code recommended}.
   * Rendering reads this rather than the status, which may lag a spec edit.
   */
  public static List<ClaimPropertySet> claimPropertySets(
      StorageProfileSpec spec, List<ClaimPropertySet> recommended) {
    List<io.jvirt.cdi.api.v1beta1.ClaimPropertySet> sets =
        spec == null ? null : spec.getClaimPropertySets();
    if (sets == null || sets.isEmpty() || invalid(sets) != null) {
      return recommended;
    }
    return sets.stream()
        .map(s -> new ClaimPropertySet(s.getAccessModes(), s.getVolumeMode()))
        .toList();
  }

  /** Why the spec's sets cannot be used (upstream requires both fields of each), or null. */
  public static String invalid(List<io.jvirt.cdi.api.v1beta1.ClaimPropertySet> sets) {
    if (sets == null) {
      return null;
    }
    for (io.jvirt.cdi.api.v1beta1.ClaimPropertySet set : sets) {
      if (set == null
          || set.getVolumeMode() == null
          || set.getAccessModes() == null
          || set.getAccessModes().isEmpty()) {
        return "each ClaimPropertySet must provide both volume mode and access modes";
      }
    }
    return null;
  }

  private static CdiCloneStrategy cloneStrategy(
      StorageClass storageClass, StorageProfileSpec spec) {
    if (spec.getCloneStrategy() != null) {
      return spec.getCloneStrategy();
    }
    Map<String, String> annotations = storageClass.getMetadata().getAnnotations();
    String annotated = annotations == null ? null : annotations.get(CLONE_STRATEGY_ANNOTATION);
    for (CdiCloneStrategy strategy : CdiCloneStrategy.values()) {
      if (WireNames.of(strategy).equals(annotated)) {
        return strategy;
      }
    }
    // snapshots need a VolumeSnapshotClass; without one only host-assisted copies work
    return spec.getSnapshotClass() == null ? CdiCloneStrategy.COPY : CdiCloneStrategy.SNAPSHOT;
  }

  /** Null for none: upstream omits an empty list. */
  private static List<io.jvirt.cdi.api.v1beta1.ClaimPropertySet> toApi(
      List<ClaimPropertySet> sets) {
    if (sets.isEmpty()) {
      return null;
    }
    List<io.jvirt.cdi.api.v1beta1.ClaimPropertySet> result = new ArrayList<>();
    for (ClaimPropertySet set : sets) {
      io.jvirt.cdi.api.v1beta1.ClaimPropertySet api =
          new io.jvirt.cdi.api.v1beta1.ClaimPropertySet();
      api.setAccessModes(new ArrayList<>(set.accessModes()));
      api.setVolumeMode(set.volumeMode());
      result.add(api);
    }
    return result;
  }
}
