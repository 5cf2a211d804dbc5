package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A port forwarded to the guest. */
@Data
public class Port extends Extensible {
  private String name;

  /** TCP or UDP; upstream defaults to TCP. */
  private String protocol;

  @Required private Integer port;
}
