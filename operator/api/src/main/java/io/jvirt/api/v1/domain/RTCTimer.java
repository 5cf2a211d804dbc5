package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Real Time Clock settings. */
@Data
public class RTCTimer extends Extensible {
  /** delay or catchup. */
  private String tickPolicy;

  /** false keeps the machine type or a preset from adding this timer. */
  private Boolean present;

  /** guest or wall. */
  private String track;
}
