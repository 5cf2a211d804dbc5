package io.jvirt.handler.console;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.HandlerApi;
import io.jvirt.contract.LauncherPod;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The serial-console and VNC sockets of this node's VMIs, found as virt-handler finds the launcher
 * socket: in the launcher pod's {@code private} emptyDir through the kubelet's pod directories
 * ({@code <pods>/<podUID>/volumes/kubernetes.io~empty-dir/private/<vmiUID>/virt-serial0}).
 */
public final class PodSerialSockets implements SerialSockets {
  private final BiFunction<String, String, Optional<VirtualMachineInstance>> vmis;
  private final Function<VirtualMachineInstance, Optional<String>> launcherPodUid;
  private final Path podsMount;
  private final SocketLinks links;

  /**
   * Sockets of the VMIs {@code vmis} finds on this node, in the pod {@code launcherPodUid} names,
   * under {@code podsMount}, made dialable by {@code links}.
   */
  public PodSerialSockets(
      BiFunction<String, String, Optional<VirtualMachineInstance>> vmis,
      Function<VirtualMachineInstance, Optional<String>> launcherPodUid,
      Path podsMount,
      SocketLinks links) {
    this.vmis = vmis;
    this.launcherPodUid = launcherPodUid;
    this.podsMount = podsMount;
    this.links = links;
  }

  @Override
  public Lookup find(String namespace, String name, String stream) {
    Optional<VirtualMachineInstance> vmi = vmis.apply(namespace, name);
    if (vmi.isEmpty()) {
      return new Missing(
          404, "virtualmachineinstance " + namespace + "/" + name + " is not on this node");
    }
    Optional<String> pod = launcherPodUid.apply(vmi.get());
    if (pod.isEmpty()) {
      return new Missing(
          503,
          "virt-launcher pod of virtualmachineinstance " + namespace + "/" + name + " not found");
    }
    String uid = vmi.get().getMetadata().getUid();
    Path socket =
        podsMount
            .resolve(pod.get())
            .resolve("volumes/kubernetes.io~empty-dir")
            .resolve(LauncherPod.PRIVATE_VOLUME)
            .resolve(uid)
            .resolve(
                HandlerApi.VNC.equals(stream) ? LauncherPod.VNC_SOCKET : LauncherPod.SERIAL_SOCKET);
    return new Found(namespace + "/" + name + "/" + stream, links.dialable(uid, socket));
  }
}
