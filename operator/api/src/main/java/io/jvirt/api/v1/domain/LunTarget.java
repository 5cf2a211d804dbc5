package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Attaches a volume to the guest as a SCSI LUN. */
@Data
public class LunTarget extends Extensible {
  private DiskBus bus;

  private Boolean readonly;

  /** Support SCSI persistent reservations on this LUN. */
  private Boolean reservation;
}
