package io.jvirt.handler.device.decide;

import io.jvirt.contract.DeviceResources;
import java.util.List;

/**
 * A host device node virt-handler advertises as an extended resource, as upstream's "permanent"
 * host-device plugins do.
 *
 * @param name the device's short name: resource {@code devices.kubevirt.io/<name>}, socket {@code
 *     kubevirt-<name>.sock}, device IDs {@code <name>0}, {@code <name>1}, …
 * @param path the absolute path of the device node on the host (and in the container)
 * @param loadsModule whether opening the node once auto-loads its kernel module (tun, vhost-net),
 *     which upstream does before watching it
 */
public record HostDevice(String name, String path, boolean loadsModule) {
  /** The hypervisor device; advertised even where KVM guests do not run (as upstream would). */
  public static final HostDevice KVM = new HostDevice("kvm", "/dev/kvm", false);

  /** The tap device launchers open for the pod network (the only one requested under TCG). */
  public static final HostDevice TUN = new HostDevice("tun", "/dev/net/tun", true);

  /** The in-kernel virtio-net backend. */
  public static final HostDevice VHOST_NET = new HostDevice("vhost-net", "/dev/vhost-net", true);

  /** The devices upstream always serves, whatever the configuration. */
  public static final List<HostDevice> PERMANENT = List.of(KVM, TUN, VHOST_NET);

  public HostDevice {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("device path must be absolute: " + path);
    }
  }

  /** The extended resource name, e.g. {@code devices.kubevirt.io/tun}. */
  public String resource() {
    return DeviceResources.resource(name);
  }

  /** The plugin's socket file name in the device-plugin directory. */
  public String socketName() {
    return DeviceResources.socketName(name);
  }
}
