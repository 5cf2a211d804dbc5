package io.jvirt.handler.disks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.contract.LauncherPod;
import io.jvirt.contract.NodePaths;
import io.jvirt.handler.disks.decide.MountTable;
import io.jvirt.handler.proc.HostCommands;
import io.jvirt.handler.proc.HostNamespace;
import io.jvirt.handler.proc.HostProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Makes each containerDisk of a VMI available to its launcher as upstream does: finds the disk
 * image's container by its container-disk helper, locates that container's root file system on the
 * host, and bind-mounts the image read-only onto {@code disk_<i>.img} in the pod's container-disks
 * emptyDir (HostToContainer propagation carries it into the compute container). The mount table is
 * the record of what is mounted, so a restarted handler finds its mounts again.
 */
public final class ContainerDiskMounts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFAULT_DISK_DIR = "/disk";

  private final HostProcesses processes;
  private final HostNamespace host;
  private final Path podsMount;

  /**
   * Processes from {@code processes}, the host's mounts through {@code host}; pod directories seen
   * under {@code podsMount} ("/pods").
   */
  public ContainerDiskMounts(HostProcesses processes, HostNamespace host, Path podsMount) {
    this.processes = processes;
    this.host = host;
    this.podsMount = podsMount;
  }

  /**
   * Mounts every containerDisk of {@code vmi} into the pod {@code podUid}; returns each volume's
   * image format (raw, qcow2), or null when a disk container is not running yet.
   *
   * @throws ContainerDiskException when an image is missing or not a disk image
   */
  public Map<String, String> mount(VirtualMachineInstance vmi, String podUid) {
    Map<String, String> formats = new LinkedHashMap<>();
    List<Volume> volumes =
        vmi.getSpec().getVolumes() == null ? List.of() : vmi.getSpec().getVolumes();
    for (int index = 0; index < volumes.size(); index++) {
      Volume volume = volumes.get(index);
      if (volume.getContainerDisk() == null) {
        continue;
      }
      String copyPath =
          LauncherPod.CONTAINER_DISK_DATA_DIR
              + "/"
              + vmi.getMetadata().getUid()
              + "/"
              + LauncherPod.containerDisk(index);
      OptionalLong pid = processes.containerDisk(copyPath);
      if (pid.isEmpty()) {
        return null;
      }
      formats.put(volume.getName(), mountOne(volume, index, pid.getAsLong(), podUid));
    }
    return formats;
  }

  /** Unmounts every containerDisk mounted into the pod {@code podUid}. */
  public void unmountAll(String podUid) {
    String dir = NodePaths.hostEmptyDir(podUid, LauncherPod.CONTAINER_DISKS_VOLUME);
    for (String mountPoint : hostMounts().mountPointsUnder(dir)) {
      HostCommands.inHostMounts(host.pid(), List.of("umount", mountPoint));
    }
  }

  /** Pod UIDs that still have containerDisk mounts on this node. */
  public List<String> podsWithMounts() {
    String prefix = NodePaths.KUBELET_PODS + "/";
    return hostMounts().mountPointsUnder(NodePaths.KUBELET_PODS).stream()
        .filter(
            p ->
                p.contains(
                    "/volumes/kubernetes.io~empty-dir/" + LauncherPod.CONTAINER_DISKS_VOLUME + "/"))
        .map(p -> p.substring(prefix.length(), p.indexOf('/', prefix.length())))
        .distinct()
        .toList();
  }

  private String mountOne(Volume volume, int index, long pid, String podUid) {
    String name = volume.getName();
    Path containerRoot = processes.procDir().resolve(pid + "/root");
    String imagePath = imagePath(name, volume.getContainerDisk().getPath(), containerRoot);
    String format = format(name, containerRoot.resolve(imagePath.substring(1)));
    String target =
        NodePaths.hostEmptyDir(podUid, LauncherPod.CONTAINER_DISKS_VOLUME)
            + "/"
            + LauncherPod.containerDisk(index)
            + ".img";
    MountTable hostTable = hostMounts();
    if (hostTable.isMountPoint(target)) {
      return format;
    }
    MountTable container = MountTable.parse(read(processes.procDir().resolve(pid + "/mountinfo")));
    String rootfs =
        container
            .root()
            .flatMap(hostTable::mountPointOf)
            .orElseThrow(
                () ->
                    new ContainerDiskException(
                        "containerDisk "
                            + name
                            + ": cannot find its container's file system on the node"));
    Path local =
        podsMount.resolve(
            podUid
                + "/volumes/kubernetes.io~empty-dir/"
                + LauncherPod.CONTAINER_DISKS_VOLUME
                + "/"
                + LauncherPod.containerDisk(index)
                + ".img");
    try {
      if (!Files.exists(local)) {
        Files.createFile(local);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + local, e);
    }
    HostCommands.inHostMounts(
        host.pid(), List.of("mount", "--bind", "-o", "ro", rootfs + imagePath, target));
    return format;
  }

  /** The image inside the container: the volume's path, else the one file in /disk (upstream). */
  private static String imagePath(String volume, String path, Path containerRoot) {
    if (path != null && !path.isEmpty()) {
      String absolute = path.startsWith("/") ? path : "/" + path;
      if (!Files.isRegularFile(containerRoot.resolve(absolute.substring(1)))) {
        throw new ContainerDiskException(
            "containerDisk " + volume + ": no file " + absolute + " in the image");
      }
      return absolute;
    }
    Path dir = containerRoot.resolve(DEFAULT_DISK_DIR.substring(1));
    List<Path> files;
    try (Stream<Path> entries = Files.list(dir)) {
      files = entries.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new ContainerDiskException(
          "containerDisk "
              + volume
              + ": no file found in folder "
              + DEFAULT_DISK_DIR
              + ", no disk present");
    }
    if (files.isEmpty()) {
      throw new ContainerDiskException(
          "containerDisk "
              + volume
              + ": no file found in folder "
              + DEFAULT_DISK_DIR
              + ", no disk present");
    }
    if (files.size() > 1) {
      throw new ContainerDiskException(
          "containerDisk "
              + volume
              + ": more than one file found in folder "
              + DEFAULT_DISK_DIR
              + ", only one disk is allowed");
    }
    return DEFAULT_DISK_DIR + "/" + files.get(0).getFileName();
  }

  private static String format(String volume, Path image) {
    try {
      String out = HostCommands.run(List.of("qemu-img", "info", "--output=json", image.toString()));
      JsonNode info = JSON.readTree(out);
      String format = info.path("format").asText();
      if (!"qcow2".equals(format) && !"raw".equals(format)) {
        throw new ContainerDiskException(
            "containerDisk " + volume + ": the image is " + format + ", not a qcow2 or raw disk");
      }
      return format;
    } catch (HostCommands.CommandFailedException e) {
      throw new ContainerDiskException(
          "containerDisk " + volume + ": the image is not a disk qemu can read: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MountTable hostMounts() {
    return MountTable.parse(read(host.mountinfo()));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A containerDisk image cannot serve as a disk; the message names the volume and why. */
  public static final class ContainerDiskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One line naming the volume and the reason. */
    public ContainerDiskException(String message) {
      super(message);
    }
  }
}
