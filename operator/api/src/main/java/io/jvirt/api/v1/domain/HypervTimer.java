package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Hyper-V reference clock settings, for Windows guests. */
@Data
public class HypervTimer extends Extensible {
  /** false keeps the machine type or a preset from adding this timer. */
  private Boolean present;
}
