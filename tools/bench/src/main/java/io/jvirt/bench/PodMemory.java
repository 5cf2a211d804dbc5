package io.jvirt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A pod's and its containers' memory as the kubelet counts it (working set: usage less inactive
 * file cache), read from the node's cgroups, v1 or v2, cgroupfs layout ({@code
 * kubepods[/qos]/pod<uid>/<container id>}).
 */
public final class PodMemory {
  private final Path cgroupRoot;

  /** Reads under {@code cgroupRoot} (normally {@code /sys/fs/cgroup}). */
  public PodMemory(Path cgroupRoot) {
    this.cgroupRoot = cgroupRoot;
  }

  /** The pod's working set in KiB, if its cgroup is found. */
  public OptionalLong podKib(String podUid) {
    return podDir(podUid).map(PodMemory::workingSetKib).orElse(OptionalLong.empty());
  }

  /** A container's working set in KiB ({@code containerId} without its runtime prefix). */
  public OptionalLong containerKib(String podUid, String containerId) {
    return podDir(podUid)
        .map(dir -> dir.resolve(containerId))
        .filter(Files::isDirectory)
        .map(PodMemory::workingSetKib)
        .orElse(OptionalLong.empty());
  }

  /** The processes in a container's cgroup (empty when it is not found). */
  public List<Long> containerPids(String podUid, String containerId) {
    return podDir(podUid)
        .map(dir -> dir.resolve(containerId).resolve("cgroup.procs"))
        .filter(Files::isRegularFile)
        .map(PodMemory::pids)
        .orElse(List.of());
  }

  private static List<Long> pids(Path procs) {
    try {
      return Files.readAllLines(procs).stream()
          .map(String::trim)
          .filter(l -> !l.isEmpty())
          .map(Long::parseLong)
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private Optional<Path> podDir(String podUid) {
    Path v1 = cgroupRoot.resolve("memory/kubepods");
    Path base = Files.isDirectory(v1) ? v1 : cgroupRoot.resolve("kubepods");
    String name = "pod" + podUid;
    try (Stream<Path> dirs = Files.walk(base, 2)) {
      return dirs.filter(d -> d.getFileName().toString().equals(name)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static OptionalLong workingSetKib(Path dir) {
    try {
      boolean v1 = Files.exists(dir.resolve("memory.usage_in_bytes"));
      long usage =
          Long.parseLong(
              Files.readString(dir.resolve(v1 ? "memory.usage_in_bytes" : "memory.current"))
                  .trim());
      String inactiveKey = v1 ? "total_inactive_file" : "inactive_file";
      long inactive = 0;
      for (String line : Files.readAllLines(dir.resolve("memory.stat"))) {
        String[] kv = line.split(" ");
        if (kv.length == 2 && kv[0].equals(inactiveKey)) {
          inactive = Long.parseLong(kv[1]);
        }
      }
      return OptionalLong.of(Math.max(0, usage - inactive) / 1024);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
