package io.jvirt.handler.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process of the node's own mount namespace, through which virt-handler sees the host's root file
 * system and mounts into it: PID 1 as upstream assumes, or, where PID 1's root is closed to it (as
 * in this project's sandboxed machines, whose PID 1 is not the host's init), the kubelet's process,
 * which always runs in the host's mount namespace. Looked up again when that process changes (a
 * restarted kubelet).
 */
public final class HostNamespace {
  private final Path proc;
  private volatile long cached = -1;

  /** Looks under {@code proc} ("/proc" in the DaemonSet, which shares the host's PID namespace). */
  public HostNamespace(Path proc) {
    this.proc = proc;
  }

  /** The PID to enter the host's mount namespace through. */
  public long pid() {
    long pid = cached;
    if (pid > 0 && usable(pid)) {
      return pid;
    }
    pid = usable(1) ? 1 : kubelet();
    cached = pid;
    return pid;
  }

  /** The host's root file system, e.g. /proc/1/root. */
  public Path root() {
    return proc.resolve(pid() + "/root");
  }

  /** The host's mount table. */
  public Path mountinfo() {
    return proc.resolve(pid() + "/mountinfo");
  }

  private boolean usable(long pid) {
    return Files.isReadable(proc.resolve(pid + "/root/dev"));
  }

  private long kubelet() {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
      for (Path entry : entries) {
        try {
          String comm = Files.readString(entry.resolve("comm"), StandardCharsets.UTF_8).strip();
          long pid = Long.parseLong(entry.getFileName().toString());
          if ("kubelet".equals(comm) && usable(pid)) {
            return pid;
          }
        } catch (IOException e) {
          // the process ended while we looked
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the processes in " + proc, e);
    }
    throw new IllegalStateException(
        "cannot reach the host's file system: neither PID 1 nor a kubelet process is accessible"
            + " through "
            + proc
            + " (virt-handler needs hostPID and privileges)");
  }
}
