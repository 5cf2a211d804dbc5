package io.jvirt.api.v1.volume;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A ServiceAccount's token and CA presented to the guest as a disk. */
@Data
public class ServiceAccountVolumeSource extends Extensible {
  private String serviceAccountName;
}
