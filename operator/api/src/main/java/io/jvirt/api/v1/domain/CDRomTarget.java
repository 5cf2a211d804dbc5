package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Attaches a volume to the guest as a cdrom drive. */
@Data
public class CDRomTarget extends Extensible {
  private DiskBus bus;

  /** Unlike the other targets, upstream defaults this to true. */
  private Boolean readonly;

  /** open or closed; upstream defaults to closed. */
  private String tray;
}
