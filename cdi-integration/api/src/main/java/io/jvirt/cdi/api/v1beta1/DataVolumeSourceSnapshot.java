package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A VolumeSnapshot to clone from. */
@Data
public class DataVolumeSourceSnapshot extends Extensible {
  @Required private String namespace;

  @Required private String name;
}
