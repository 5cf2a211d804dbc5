package io.jvirt.contract;

/** Host paths virt-handler works in on its node, and where its DaemonSet mounts them. */
public final class NodePaths {
  /** The kubelet's root directory (upstream's default; also the local cluster's). */
  public static final String KUBELET_ROOT = "/var/lib/kubelet";

  /** The kubelet's pod directories on the host, mounted at {@link #PODS_MOUNT} in virt-handler. */
  public static final String KUBELET_PODS = KUBELET_ROOT + "/pods";

  /** Short mount point of the kubelet's pod directories (unix socket paths stay under 108). */
  public static final String PODS_MOUNT = "/pods";

  /** The kubelet's device-plugin directory, holding kubelet.sock and the plugins' sockets. */
  public static final String DEVICE_PLUGINS = KUBELET_ROOT + "/device-plugins";

  /** File name of the kubelet's device-plugin registration socket in {@link #DEVICE_PLUGINS}. */
  public static final String KUBELET_SOCKET = "kubelet.sock";

  /**
   * The host's root directory seen from virt-handler: the root of PID 1's mount namespace, which
   * the DaemonSet's hostPID makes the host's init (upstream's {@code HostRootMount}).
   */
  public static final String HOST_ROOT = "/proc/1/root";

  /** The runtime directory virt-handler shares with the launchers (Bidirectional mount). */
  public static final String VIRT_SHARE_DIR = "/var/run/kubevirt";

  /** virt-handler's private state on the node. */
  public static final String VIRT_PRIVATE_DIR = "/var/run/kubevirt-private";

  /**
   * Where virt-handler links the launchers' per-VMI directories under short names, so that their
   * unix sockets (serial console, VNC) can be dialled: the paths through {@link #PODS_MOUNT} exceed
   * the 107 bytes a unix socket address holds.
   */
  public static final String SOCKET_LINKS = VIRT_PRIVATE_DIR + "/socket-links";

  /** libvirt runtime directories of the launchers, as upstream mounts them. */
  public static final String LIBVIRT_RUNTIMES = "/var/run/kubevirt-libvirt-runtimes";

  private NodePaths() {}

  /** Path of a pod's emptyDir volume seen from inside virt-handler. */
  public static String emptyDir(String podUid, String volume) {
    return PODS_MOUNT + "/" + podUid + "/volumes/kubernetes.io~empty-dir/" + volume;
  }

  /** Path of a pod's emptyDir volume on the host. */
  public static String hostEmptyDir(String podUid, String volume) {
    return KUBELET_PODS + "/" + podUid + "/volumes/kubernetes.io~empty-dir/" + volume;
  }
}
