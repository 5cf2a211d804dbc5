package io.jvirt.contract;

/** Extended resources virt-handler's device plugins advertise and launcher pods request. */
public final class DeviceResources {
  public static final String KVM = "devices.kubevirt.io/kvm";
  public static final String TUN = "devices.kubevirt.io/tun";
  public static final String VHOST_NET = "devices.kubevirt.io/vhost-net";
  public static final String VHOST_VSOCK = "devices.kubevirt.io/vhost-vsock";

  private DeviceResources() {}
}
