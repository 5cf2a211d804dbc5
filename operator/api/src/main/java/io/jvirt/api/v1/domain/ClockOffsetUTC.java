package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A guest clock based on UTC, optionally shifted. */
@Data
public class ClockOffsetUTC extends Extensible {
  /** When set, clock changes made by the guest survive reboots. */
  private Integer offsetSeconds;
}
