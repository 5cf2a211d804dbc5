package io.jvirt.api.v1.kubevirt;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.EvictionStrategy;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Cluster-wide settings every jvirt component reads from the KubeVirt CR. */
@Data
public class KubeVirtConfiguration extends Extensible {
  private DeveloperConfiguration developerConfiguration;

  private NetworkConfiguration network;

  private Quantity cpuRequest;

  private String machineType;

  private String imagePullPolicy;

  private EvictionStrategy evictionStrategy;

  private String vmRolloutStrategy;
}
