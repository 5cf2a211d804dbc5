package io.jvirt.contract;

/**
 * Names of the launcher pod's network as virt-handler builds it (phase 1) and virt-launcher uses it
 * (phase 2, DHCP and the domain's {@code <interface type="ethernet">}): links, addresses and the
 * setup cache. Upstream's names (kubevirt pkg/network/link/names.go, mac.go).
 */
public final class PodNetwork {
  /** The pod's primary interface, made by the CNI plugin. */
  public static final String POD_INTERFACE = "eth0";

  /** The tap device of the primary pod network; QEMU opens it ({@code managed="no"}). */
  public static final String PRIMARY_TAP = "tap0";

  /** MAC of the masquerade bridge; reserved, a VMI interface may not use it. */
  public static final String MASQUERADE_BRIDGE_MAC = "02:00:00:00:00:00";

  /** The VM subnet of masquerade when the pod network names none: gateway .1, guest .2. */
  public static final String DEFAULT_VM_CIDR = "10.0.2.0/24";

  /** DHCP server port, bound by virt-launcher in the pod's network namespace. */
  public static final int DHCP_SERVER_PORT = 67;

  /** DHCP client port the guest listens on. */
  public static final int DHCP_CLIENT_PORT = 68;

  /**
   * What virt-handler found in the pod before changing it, and how far it got: a JSON file in the
   * launcher's private emptyDir, written through {@code /proc/<pid>/root}. Survives virt-handler
   * restarts; gone with the pod.
   */
  public static final String SETUP_CACHE = LauncherPod.VIRT_PRIVATE_DIR + "/network-setup.json";

  private static final String BRIDGE_PREFIX = "k6t-";
  private static final String BRIDGED_NIC_SUFFIX = "-nic";
  private static final String BRIDGE_FAKE_IP_BASE = "169.254.75.1";

  private PodNetwork() {}

  /** The in-pod bridge of a pod interface: {@code k6t-eth0}. */
  public static String bridge(String podInterface) {
    return BRIDGE_PREFIX + podInterface;
  }

  /** The new name of a pod interface enslaved to the bridge (bridge binding): {@code eth0-nic}. */
  public static String bridgedNic(String podInterface) {
    return podInterface + BRIDGED_NIC_SUFFIX;
  }

  /**
   * The link-local address the bridge binding's bridge gets, so that the DHCP server has an address
   * to answer from: {@code 169.254.75.1<index>} for the VMI's {@code index}-th interface.
   */
  public static String bridgeFakeIp(int interfaceIndex) {
    return BRIDGE_FAKE_IP_BASE + interfaceIndex;
  }
}
