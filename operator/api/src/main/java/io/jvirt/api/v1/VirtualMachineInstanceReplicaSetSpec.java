package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** How many VMIs a replica set keeps, which ones it owns, and what new ones look like. */
@Data
public class VirtualMachineInstanceReplicaSetSpec extends Extensible {
  /** Defaults to 1 when absent, as upstream. */
  @SpecReplicas private Integer replicas;

  @Required private LabelSelector selector;

  @Required private VirtualMachineInstanceTemplateSpec template;

  /** A paused replica set neither creates nor deletes VMIs. */
  private Boolean paused;
}
