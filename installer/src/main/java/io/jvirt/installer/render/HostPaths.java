package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jvirt.contract.NodePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * The host directories virt-handler works in (upstream's): the shared runtime directory with the
 * launchers, the private one, the kubelet's pod directories (to reach launcher sockets and disks),
 * and the device-plugin directory it registers kvm/tun/vhost-net in.
 */
record HostPaths(List<Volume> volumes, List<VolumeMount> mounts) {
  /** Volume name, host path, mount path in virt-handler, mount propagation. */
  private static final String[][] PATHS = {
    {"virt-share-dir", NodePaths.VIRT_SHARE_DIR, NodePaths.VIRT_SHARE_DIR, "Bidirectional"},
    {"virt-private-dir", NodePaths.VIRT_PRIVATE_DIR, NodePaths.VIRT_PRIVATE_DIR, "None"},
    // a short mount point keeps launcher socket paths under the unix-socket limit
    {"kubelet-pods", NodePaths.KUBELET_PODS, NodePaths.PODS_MOUNT, "Bidirectional"},
    {"device-plugins", NodePaths.DEVICE_PLUGINS, NodePaths.DEVICE_PLUGINS, "None"},
    {"libvirt-runtimes", NodePaths.LIBVIRT_RUNTIMES, NodePaths.LIBVIRT_RUNTIMES, "None"},
  };

  static HostPaths forHandler() {
    List<Volume> volumes = new ArrayList<>();
    List<VolumeMount> mounts = new ArrayList<>();
    for (String[] path : PATHS) {
      volumes.add(
          new VolumeBuilder()
              .withName(path[0])
              .withNewHostPath()
              .withPath(path[1])
              .withType("DirectoryOrCreate")
              .endHostPath()
              .build());
      mounts.add(
          new VolumeMountBuilder()
              .withName(path[0])
              .withMountPath(path[2])
              .withMountPropagation(path[3])
              .build());
    }
    return new HostPaths(volumes, mounts);
  }
}
