package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A condition of a DataSource: Ready. */
@Data
public class DataSourceCondition extends Extensible {
  @Required private String type;

  /** True, False or Unknown. */
  @Required private String status;

  private String lastTransitionTime;

  private String lastHeartbeatTime;

  private String reason;

  private String message;
}
