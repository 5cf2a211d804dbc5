package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import lombok.With;

/**
 * Everything one DataVolume decision looks at, read by the I/O layer.
 *
 * @param claim the same-name PVC, or null
 * @param importerPod the pod named by the PVC's importPodName annotation, or null
 * @param scratchClaim the importer pod's scratch PVC, or null
 * @param storageClasses every StorageClass with its StorageProfile
 * @param importProgress the importer's progress counter for this DataVolume, or null
 * @param claimCreateError why creating the PVC failed in the previous pass, or null
 * @param populatorPath the PVC is filled through a populator and PVC' (not implemented yet)
 * @param cloneSourceClaim the PVC a clone copies, or null
 * @param cloneSourcePod the host-assisted clone's source pod, or null
 * @param dataSource the DataSource the DataVolume's {@code sourceRef} names, or null
 */
@With
public record DataVolumeObservation(
    DataVolume dataVolume,
    PersistentVolumeClaim claim,
    Pod importerPod,
    PersistentVolumeClaim scratchClaim,
    List<StorageClassInfo> storageClasses,
    CdiSettings settings,
    Double importProgress,
    String claimCreateError,
    boolean populatorPath,
    Clock clock,
    PersistentVolumeClaim cloneSourceClaim,
    Pod cloneSourcePod,
    DataSource dataSource) {
  public DataVolumeObservation {
    storageClasses = storageClasses == null ? List.of() : List.copyOf(storageClasses);
  }

  /** {@code dv} and its PVC, nothing else observed yet. */
  public static DataVolumeObservation of(
      DataVolume dv,
      PersistentVolumeClaim claim,
      List<StorageClassInfo> classes,
      CdiSettings settings,
      Clock clock) {
    return new DataVolumeObservation(
        dv, claim, null, null, classes, settings, null, null, false, clock, null, null, null);
  }

  /** The PVC's storage class binds on first consumer. */
  public boolean waitForFirstConsumer() {
    if (claim == null || claim.getSpec() == null) {
      return false;
    }
    return StorageClassChoice.named(claim.getSpec().getStorageClassName(), storageClasses)
        .map(StorageClassInfo::waitForFirstConsumer)
        .orElse(false);
  }

  /** The DataVolume asks to ignore WaitForFirstConsumer. */
  public boolean immediateBinding() {
    Map<String, String> annotations = dataVolume.getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(CdiAnnotations.IMMEDIATE_BINDING)
        || Claims.annotations(claim).containsKey(CdiAnnotations.IMMEDIATE_BINDING);
  }
}
