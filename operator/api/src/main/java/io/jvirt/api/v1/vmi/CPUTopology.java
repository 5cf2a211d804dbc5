package io.jvirt.api.v1.vmi;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The guest's CPU topology as it runs. */
@Data
public class CPUTopology extends Extensible {
  private Long sockets;

  private Long cores;

  private Long threads;
}
