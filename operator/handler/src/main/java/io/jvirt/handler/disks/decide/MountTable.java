package io.jvirt.handler.disks.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A /proc/PID/mountinfo table: finds where a container's root file system is mounted on the host
 * (the same device and root as the container's "/"), and which bind mounts exist.
 */
public final class MountTable {
  /** One mountinfo line: device major:minor, root within the device, where it is mounted. */
  public record Mount(String device, String root, String mountPoint, String fsType) {}

  private final List<Mount> mounts;

  private MountTable(List<Mount> mounts) {
    this.mounts = List.copyOf(mounts);
  }

  /** Parses mountinfo text (fields per proc(5); octal escapes in paths decoded). */
  public static MountTable parse(String mountinfo) {
    List<Mount> mounts = new ArrayList<>();
    for (String line : mountinfo.split("\n")) {
      String[] fields = line.trim().split(" ");
      if (fields.length < 10) {
        continue;
      }
      int separator = java.util.Arrays.asList(fields).indexOf("-");
      String fsType = separator > 0 && separator + 1 < fields.length ? fields[separator + 1] : "";
      mounts.add(new Mount(fields[2], unescape(fields[3]), unescape(fields[4]), fsType));
    }
    return new MountTable(mounts);
  }

  /** The mount of "/" (a container's root file system in its own mountinfo). */
  public Optional<Mount> root() {
    Mount found = null;
    for (Mount mount : mounts) {
      if ("/".equals(mount.mountPoint())) {
        found = mount; // the last one is on top
      }
    }
    return Optional.ofNullable(found);
  }

  /** Where the file system of {@code other} (same device and root) is mounted in this table. */
  public Optional<String> mountPointOf(Mount other) {
    for (Mount mount : mounts) {
      if (mount.device().equals(other.device()) && mount.root().equals(other.root())) {
        return Optional.of(mount.mountPoint());
      }
    }
    return Optional.empty();
  }

  /** True when something is mounted exactly at {@code path}. */
  public boolean isMountPoint(String path) {
    return mounts.stream().anyMatch(m -> m.mountPoint().equals(path));
  }

  /** Mount points under {@code dir}, deepest first. */
  public List<String> mountPointsUnder(String dir) {
    String prefix = dir.endsWith("/") ? dir : dir + "/";
    return mounts.stream()
        .map(Mount::mountPoint)
        .filter(p -> p.startsWith(prefix))
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  private static String unescape(String path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 3 < path.length()) {
        out.append((char) Integer.parseInt(path.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
