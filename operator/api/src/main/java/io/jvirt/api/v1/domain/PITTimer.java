package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Programmable Interval Timer settings. */
@Data
public class PITTimer extends Extensible {
  /** delay, catchup or discard. */
  private String tickPolicy;

  /** false keeps the machine type or a preset from adding this timer. */
  private Boolean present;
}
