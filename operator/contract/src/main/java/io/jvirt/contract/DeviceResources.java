package io.jvirt.contract;

/** Extended resources virt-handler's device plugins advertise and launcher pods request. */
public final class DeviceResources {
  public static final String KVM = "devices.kubevirt.io/kvm";
  public static final String TUN = "devices.kubevirt.io/tun";
  public static final String VHOST_NET = "devices.kubevirt.io/vhost-net";
  public static final String VHOST_VSOCK = "devices.kubevirt.io/vhost-vsock";

  /** The kubelet device-plugin API version the plugins register with. */
  public static final String DEVICE_PLUGIN_API_VERSION = "v1beta1";

  /** Upstream's default number of devices per resource ({@code --max-devices}, max VMIs a node). */
  public static final int DEFAULT_MAX_DEVICES = 1000;

  private static final String PREFIX = "devices.kubevirt.io/";

  private DeviceResources() {}

  /** The resource of a device, e.g. {@code devices.kubevirt.io/tun} for {@code tun}. */
  public static String resource(String device) {
    return PREFIX + device;
  }

  /** The device-plugin socket file of a device, e.g. {@code kubevirt-tun.sock}. */
  public static String socketName(String device) {
    return "kubevirt-" + device + ".sock";
  }
}
