package io.jvirt.api.v1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Crash-loop bookkeeping of a VirtualMachine: how often its VMI failed and when to try again. */
@Data
public class StartFailure extends Extensible {
  private Integer consecutiveFailCount;

  private String lastFailedVMIUID;

  private String retryAfterTimestamp;
}
