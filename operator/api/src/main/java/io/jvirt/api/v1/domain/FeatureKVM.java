package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** How KVM shows itself to the guest. */
@Data
public class FeatureKVM extends Extensible {
  /** Hide KVM from MSR based hypervisor detection. */
  private Boolean hidden;
}
