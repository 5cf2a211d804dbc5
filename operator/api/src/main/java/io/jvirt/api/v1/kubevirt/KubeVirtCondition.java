package io.jvirt.api.v1.kubevirt;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A condition of the KubeVirt CR: Available, Progressing, Degraded, Created or Synchronized. */
@Data
public class KubeVirtCondition extends Extensible {
  @Required private String type;

  @Required private String status;

  private String lastProbeTime;

  private String lastTransitionTime;

  private String lastUpdateTime;

  private String reason;

  private String message;
}
