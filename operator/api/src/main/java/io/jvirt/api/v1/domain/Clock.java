package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Guest clock offset and timers. */
@Data
public class Clock extends Extensible {
  /** Exclusive with timezone. */
  private ClockOffsetUTC utc;

  /** A TZ name such as Europe/Berlin; exclusive with utc. */
  private String timezone;

  private Timer timer;
}
