package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** An indirect source: another object, today only a DataSource, that names the real one. */
@Data
public class DataVolumeSourceRef extends Extensible {
  /** Only {@code DataSource} is accepted. */
  @Required private String kind;

  /** Unset means the DataVolume's own namespace. */
  private String namespace;

  @Required private String name;
}
