package io.jvirt.api.v1.volume;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A DataVolume, and the PVC of the same name, used as a VMI volume. */
@Data
public class DataVolumeVolumeSource extends Extensible {
  @Required private String name;

  private Boolean hotpluggable;
}
