package io.jvirt.api.v1.kubevirt;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Cluster defaults for VMI networking. */
@Data
public class NetworkConfiguration extends Extensible {
  /** bridge (upstream's default) or masquerade. */
  private String defaultNetworkInterface;

  private Boolean permitBridgeInterfaceOnPodNetwork;

  private Boolean permitSlirpInterface;
}
