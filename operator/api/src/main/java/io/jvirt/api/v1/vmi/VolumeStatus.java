package io.jvirt.api.v1.vmi;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The state of one VMI volume: the guest device it became, and its claim when it has one. */
@Data
public class VolumeStatus extends Extensible {
  private String name;

  /** Guest device, e.g. vda or sda. */
  private String target;

  private String phase;

  private String reason;

  private String message;

  private Long size;

  private PersistentVolumeClaimInfo persistentVolumeClaimInfo;
}
