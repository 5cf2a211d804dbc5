package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** High Precision Event Timer settings. */
@Data
public class HPETTimer extends Extensible {
  /** delay, catchup, merge or discard. */
  private String tickPolicy;

  /** false keeps the machine type or a preset from adding this timer. */
  private Boolean present;
}
