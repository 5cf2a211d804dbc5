package io.jvirt.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** CPU time and resident memory of processes on this machine, from /proc, for the figures. */
final class HostProcesses {
  private HostProcesses() {}

  /** User plus system CPU time of {@code pid} in clock ticks (100 per second); 0 without one. */
  static long cpuTicks(OptionalLong pid) {
    if (pid.isEmpty()) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid.getAsLong() + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime and stime, fields 14 and 15 of stat(5), counted from the state field (3)
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resident memory of {@code pid} in MiB; -1 without one. */
  static long rssMib(OptionalLong pid) {
    if (pid.isEmpty()) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid.getAsLong() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
