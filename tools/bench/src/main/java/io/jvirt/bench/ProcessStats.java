package io.jvirt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Resident memory and CPU time of processes on this machine, read from {@code /proc} (the local
 * cluster's pods run here), found by a word of their command line such as a main class.
 */
public final class ProcessStats {
  /** Clock ticks per second of {@code /proc/<pid>/stat}'s times (Linux's USER_HZ). */
  static final int TICKS_PER_SECOND = 100;

  private final Path proc;

  /** The stats of {@code proc} (normally {@code /proc}). */
  public ProcessStats(Path proc) {
    this.proc = proc;
  }

  /** Processes whose command line has an argument equal to {@code argument}. */
  public List<Long> pidsWithArgument(String argument) {
    return pidsWith(arg -> arg.equals(argument));
  }

  /** Processes whose command line has an argument starting with {@code prefix}. */
  public List<Long> pidsWithArgumentPrefix(String prefix) {
    return pidsWith(arg -> arg.startsWith(prefix));
  }

  private List<Long> pidsWith(Predicate<String> argument) {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> entries = Files.list(proc)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit) && hasArgument(entry, argument)) {
          pids.add(Long.parseLong(name));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + proc, e);
    }
    return pids;
  }

  /** Summed RSS in KiB of the processes with {@code argument} on their command line. */
  public long totalRssKib(String argument) {
    return pidsWithArgument(argument).stream().mapToLong(pid -> rssKib(pid).orElse(0)).sum();
  }

  /** Summed CPU ticks of the processes with {@code argument} on their command line. */
  public long totalCpuTicks(String argument) {
    return pidsWithArgument(argument).stream().mapToLong(pid -> cpuTicks(pid).orElse(0)).sum();
  }

  /** Resident set size in KiB ({@code VmRSS}), if the process still runs. */
  public OptionalLong rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(proc.resolve(pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** The process's name ({@code /proc/<pid>/comm}), if it still runs. */
  public Optional<String> name(long pid) {
    try {
      return Optional.of(Files.readString(proc.resolve(pid + "/comm")).trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** User plus system CPU time in clock ticks, if the process still runs. */
  public OptionalLong cpuTicks(long pid) {
    try {
      String stat = Files.readString(proc.resolve(pid + "/stat"));
      // the command name may hold spaces and parentheses: fields count from the last ')'
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static boolean hasArgument(Path process, Predicate<String> argument) {
    try {
      byte[] cmdline = Files.readAllBytes(process.resolve("cmdline"));
      for (String arg : new String(cmdline, StandardCharsets.UTF_8).split("\0")) {
        if (argument.test(arg)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
