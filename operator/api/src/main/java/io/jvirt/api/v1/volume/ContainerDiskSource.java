package io.jvirt.api.v1.volume;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A disk image shipped inside a container image. */
@Data
public class ContainerDiskSource extends Extensible {
  @Required private String image;

  /** Name of an existing registry pull secret, not a reference object. */
  private String imagePullSecret;

  private String path;

  /** Always, Never or IfNotPresent; kept a String like fabric8's own pull policies. */
  private String imagePullPolicy;
}
