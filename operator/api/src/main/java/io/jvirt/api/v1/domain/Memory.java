package io.jvirt.api.v1.domain;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Guest memory size and backing. */
@Data
public class Memory extends Extensible {
  private Hugepages hugepages;

  /** Memory the guest sees; defaults upstream to the memory request. */
  private Quantity guest;

  /** Ceiling for memory hotplug. */
  private Quantity maxGuest;

  private ReservedOverhead reservedOverhead;
}
