package io.jvirt.api.v1.vmi;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What is known about one network interface of a running VMI. */
@Data
public class VirtualMachineInstanceNetworkInterface extends Extensible {
  /** The first entry of ipAddresses. */
  private String ipAddress;

  private List<String> ipAddresses;

  private String mac;

  /** Name of the VMI network this interface belongs to. */
  private String name;

  private String podInterfaceName;

  /** Name of the interface as the guest sees it. */
  private String interfaceName;

  /** Comma-separated origins of this data, e.g. domain, guest-agent, multus-status. */
  private String infoSource;

  private Integer queueCount;

  private String linkState;
}
