package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Platform features switched on or off for the guest. */
@Data
public class Features extends Extensible {
  private FeatureState acpi;

  private FeatureAPIC apic;

  /** System Management Mode, which EFI secure boot needs. */
  private FeatureState smm;

  private FeatureKVM kvm;

  private FeatureState pvspinlock;
}
