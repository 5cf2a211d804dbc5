package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The host directories virt-handler works in (upstream's): the shared runtime directory with the
 * launchers, the private one, the kubelet's pod directories (to reach launcher sockets and disks),
 * and the device-plugin directory it registers kvm/tun/vhost-net in.
 */
record HostPaths(List<Volume> volumes, List<VolumeMount> mounts) {
  private static final String[][] PATHS = {
    {"virt-share-dir", "/var/run/kubevirt", "Bidirectional"},
    {"virt-private-dir", "/var/run/kubevirt-private", "None"},
    {"kubelet-pods", "/var/lib/kubelet/pods", "Bidirectional"},
    {"device-plugins", "/var/lib/kubelet/device-plugins", "None"},
    {"libvirt-runtimes", "/var/run/kubevirt-libvirt-runtimes", "None"},
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
              .withMountPath(path[1])
              .withMountPropagation(path[2])
              .build());
    }
    return new HostPaths(volumes, mounts);
  }
}
