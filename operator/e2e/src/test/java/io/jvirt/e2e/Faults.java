package io.jvirt.e2e;

import io.jvirt.contract.Components;
import io.jvirt.testing.Commands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Faults injected from this machine, which is the cluster's node: SIGKILL of one jvirt component's
 * JVM (found by its main class), and a SIGKILL of the API server followed by {@code hack/cluster
 * up}, which starts it again.
 */
final class Faults {
  private final Jvirt jvirt;
  private final Random random;

  Faults(Jvirt jvirt, Random random) {
    this.jvirt = jvirt;
    this.random = random;
  }

  /** The main class of each component the chaos run kills. */
  static final List<String> MAINS =
      List.of(Components.CONTROLLER_MAIN, Components.API_MAIN, Components.HANDLER_MAIN);

  /**
   * How long a killed component may take to run again: kubelet's longest restart back-off (5 min),
   * reached after a few kills in a row and kept until the container has run for 10 min, and a JVM's
   * start.
   */
  static final Duration COMEBACK = Duration.ofMinutes(6);

  /**
   * SIGKILLs one running JVM of {@code mainClass}, waiting up to {@link #COMEBACK} for one to run
   * (a kill soon after the last one meets the component restarting); the pid killed, or -1.
   */
  long killOne(String mainClass) {
    List<Long> pids;
    try {
      pids =
          Awaitility.await()
              .atMost(COMEBACK)
              .pollInterval(Duration.ofSeconds(1))
              .until(() -> jvms(mainClass), found -> !found.isEmpty());
    } catch (ConditionTimeoutException e) {
      return -1;
    }
    long pid = pids.get(random.nextInt(pids.size()));
    run("kill", "-9", Long.toString(pid));
    return pid;
  }

  /** SIGKILLs kube-apiserver and brings it back with {@code hack/cluster up}. */
  void restartApiServer(int fakeNodes) {
    killAll(pids("kube-apiserver .*--etcd-servers"));
    jvirt.cluster().ensureFakeNodes(fakeNodes);
  }

  /**
   * SIGKILLs {@code pids} and waits until each has exited: a process still tearing down would pass
   * for a running daemon, and {@code hack/cluster up} would not start it again.
   */
  void killAll(List<Long> pids) {
    for (long pid : pids) {
      run("kill", "-9", Long.toString(pid));
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> pids.stream().allMatch(Faults::exited));
  }

  /** Gone, or a zombie its parent has not reaped yet. */
  private static boolean exited(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return true;
    }
  }

  /** The pids of the JVMs running {@code mainClass}. */
  List<Long> jvms(String mainClass) {
    return pids("java.*" + mainClass.replace(".", "\\."));
  }

  /** The pids of processes whose command line matches {@code pattern}. */
  List<Long> pids(String pattern) {
    return run("pgrep", "-f", pattern)
        .output()
        .lines()
        .map(String::strip)
        .filter(l -> l.matches("\\d+"))
        .map(Long::parseLong)
        .filter(pid -> pid != ProcessHandle.current().pid())
        .toList();
  }

  private Commands.Result run(String... command) {
    return Commands.run(jvirt.cluster().root(), Duration.ofSeconds(30), List.of(command));
  }
}
