package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** One stage of a multi-stage (warm) import, named by its two snapshots. */
@Data
public class DataVolumeCheckpoint extends Extensible {
  @Required private String previous;

  @Required private String current;
}
