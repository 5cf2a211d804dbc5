package io.jvirt.api.v1.volume;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A Secret of the VMI's namespace presented to the guest as a disk. */
@Data
public class SecretVolumeSource extends Extensible {
  private String secretName;

  private Boolean optional;

  private String volumeLabel;
}
