package io.jvirt.handler.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The node's processes as virt-handler sees them through the host's /proc (the DaemonSet shares the
 * host PID namespace): finds the process of a launcher or of a containerDisk container by its
 * command line.
 */
public final class HostProcesses {
  private final Path proc;

  /** Reads processes under {@code proc} ("/proc" in the DaemonSet). */
  public HostProcesses(Path proc) {
    this.proc = proc;
  }

  /** The root of the host's mount namespace as seen from here (for mountinfo). */
  public Path procDir() {
    return proc;
  }

  /** The PID of the one process whose arguments satisfy {@code matches}, if any runs. */
  public OptionalLong find(Predicate<List<String>> matches) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
      for (Path entry : entries) {
        List<String> args = arguments(entry);
        if (!args.isEmpty() && matches.test(args)) {
          return OptionalLong.of(Long.parseLong(entry.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the processes in " + proc, e);
    }
    return OptionalLong.empty();
  }

  /** The virt-launcher process of the VMI {@code vmiUid}. */
  public OptionalLong launcher(String vmiUid) {
    return find(
        args ->
            args.contains("io.jvirt.launcher.VirtLauncherMain") && follows(args, "--uid", vmiUid));
  }

  /** The container-disk helper serving {@code copyPath} (…/container-disk-data/<uid>/disk_<i>). */
  public OptionalLong containerDisk(String copyPath) {
    return find(args -> follows(args, "--copy-path", copyPath));
  }

  private static boolean follows(List<String> args, String flag, String value) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (flag.equals(args.get(i)) && value.equals(args.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> arguments(Path process) {
    try {
      byte[] raw = Files.readAllBytes(process.resolve("cmdline"));
      if (raw.length == 0) {
        return List.of();
      }
      return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
    } catch (IOException e) {
      // the process ended while we looked
      return List.of();
    }
  }
}
