package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The emulated machine (chipset) type. */
@Data
public class Machine extends Extensible {
  private String type;
}
