package io.jvirt.api.v1.vmi;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** The claim behind a PVC or DataVolume volume, as virt-controller found it. */
@Data
public class PersistentVolumeClaimInfo extends Extensible {
  private String claimName;

  private List<String> accessModes;

  /** Filesystem or Block. */
  private String volumeMode;

  private Map<String, Quantity> capacity;

  private Map<String, Quantity> requests;

  /** Fraction of a filesystem volume kept for the filesystem itself, e.g. "0.055". */
  private String filesystemOverhead;
}
