package io.jvirt.api.v1.vmi;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The guest's memory: at boot, requested, current, and the launcher's overhead. */
@Data
public class MemoryStatus extends Extensible {
  private Quantity guestAtBoot;

  private Quantity guestCurrent;

  private Quantity guestRequested;

  private Quantity memoryOverhead;
}
