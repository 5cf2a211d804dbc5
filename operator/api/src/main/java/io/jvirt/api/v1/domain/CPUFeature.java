package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** One CPU flag and how the guest CPU treats it. */
@Data
public class CPUFeature extends Extensible {
  @Required private String name;

  /** force, require, optional, disable or forbid; upstream defaults to require. */
  private String policy;
}
