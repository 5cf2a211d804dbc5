package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Paravirtual KVM clock settings. */
@Data
public class KVMTimer extends Extensible {
  /** false keeps the machine type or a preset from adding this timer. */
  private Boolean present;
}
