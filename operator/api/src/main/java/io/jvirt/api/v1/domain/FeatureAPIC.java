package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** APIC settings of the guest. */
@Data
public class FeatureAPIC extends Extensible {
  private Boolean enabled;

  private Boolean endOfInterrupt;
}
