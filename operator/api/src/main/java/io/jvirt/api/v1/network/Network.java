package io.jvirt.api.v1.network;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A named network a VMI interface can attach to; at most one source field is set. */
@Data
public class Network extends Extensible {
  @Required private String name;

  private PodNetwork pod;

  private MultusNetwork multus;
}
