package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A condition of a VM, VMI, VMIRS or migration, in the shape kubevirt.io uses. */
@Data
public class Condition extends Extensible {
  @Required private String type;

  /** True, False or Unknown. */
  @Required private String status;

  private String lastProbeTime;

  private String lastTransitionTime;

  private String reason;

  private String message;
}
