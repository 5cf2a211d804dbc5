package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Attaches a volume to the guest as an ordinary disk. */
@Data
public class DiskTarget extends Extensible {
  private DiskBus bus;

  private Boolean readonly;

  /** Guest PCI address, for example 0000:81:01.10. */
  private String pciAddress;
}
