package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** A guest network interface, bound by name to a network of the VMI. */
@Data
public class Interface extends Extensible {
  /** Also the name of the network this interface connects to. */
  @Required private String name;

  /** e1000, e1000e, igb, ne2k_pci, pcnet, rtl8139 or virtio; upstream defaults to virtio. */
  private String model;

  /** bridge, masquerade, sriov and binding are alternatives: set at most one. */
  private InterfaceBridge bridge;

  private InterfaceMasquerade masquerade;

  private InterfaceSriov sriov;

  private PluginBinding binding;

  private List<Port> ports;

  private String macAddress;

  /** Lower boots first; must be unique across disks and interfaces. */
  private Integer bootOrder;

  private String pciAddress;

  /** Exposed to the guest through config drive metadata. */
  private String tag;

  private Integer acpiIndex;

  /** up, down or absent; unset acts as up. */
  private String state;
}
