package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A condition of a DataVolume: Ready, Bound or Running. */
@Data
public class DataVolumeCondition extends Extensible {
  @Required private String type;

  /** True, False or Unknown. */
  @Required private String status;

  private String lastTransitionTime;

  /** Moves when only the reason or message changed; the transition time does not. */
  private String lastHeartbeatTime;

  private String reason;

  private String message;
}
