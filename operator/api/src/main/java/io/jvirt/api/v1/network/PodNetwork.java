package io.jvirt.api.v1.network;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The virt-launcher pod's own network. */
@Data
public class PodNetwork extends Extensible {
  private String vmNetworkCIDR;

  private String vmIPv6NetworkCIDR;
}
