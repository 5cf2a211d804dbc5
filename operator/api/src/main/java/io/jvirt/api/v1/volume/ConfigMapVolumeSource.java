package io.jvirt.api.v1.volume;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A ConfigMap of the VMI's namespace presented to the guest as a disk. */
@Data
public class ConfigMapVolumeSource extends Extensible {
  private String name;

  private Boolean optional;

  private String volumeLabel;
}
