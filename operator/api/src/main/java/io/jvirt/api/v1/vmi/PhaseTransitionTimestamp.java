package io.jvirt.api.v1.vmi;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** When a VMI entered one of its phases. */
@Data
public class PhaseTransitionTimestamp extends Extensible {
  private String phase;

  private String phaseTransitionTimestamp;
}
