package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A condition of the CDI installation, in the operator-status shape CDI shares with HCO. */
@Data
public class CdiCondition extends Extensible {
  @Required private String type;

  /** True, False or Unknown. */
  @Required private String status;

  private String lastTransitionTime;

  private String lastHeartbeatTime;

  private String reason;

  private String message;
}
