package io.jvirt.api.v1;

import io.fabric8.kubernetes.model.annotation.LabelSelector;
import io.fabric8.kubernetes.model.annotation.StatusReplicas;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Observed replica counts of a VMI replica set, and the selector the scale subresource reports. */
@Data
public class VirtualMachineInstanceReplicaSetStatus extends Extensible {
  /** VMIs owned and neither final nor being deleted. */
  @StatusReplicas private Integer replicas;

  private Integer readyReplicas;

  /** ReplicaFailure and ReplicaPaused. */
  private List<Condition> conditions;

  /** The spec selector in string form, for {@code kubectl scale} and autoscalers. */
  @LabelSelector private String labelSelector;
}
