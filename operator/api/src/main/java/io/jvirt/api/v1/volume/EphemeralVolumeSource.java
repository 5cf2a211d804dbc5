package io.jvirt.api.v1.volume;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A copy-on-write layer over a PVC, discarded when the VMI ends. */
@Data
public class EphemeralVolumeSource extends Extensible {
  /**
   * The plain Kubernetes type, not this package's class of the same name: upstream has no
   * hotpluggable flag here. Fully qualified because the simple names clash.
   */
  private io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource persistentVolumeClaim;
}
