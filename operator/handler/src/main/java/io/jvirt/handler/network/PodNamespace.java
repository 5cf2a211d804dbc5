package io.jvirt.handler.network;

import io.jvirt.handler.network.decide.PodNetworkException;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands run in the launcher's namespaces, entered through its PID on the host (virt-handler runs
 * with hostPID): {@code nsenter --target <pid> --net -- <command>}.
 */
final class PodNamespace {
  private final CommandRunner runner;
  private final int pid;

  PodNamespace(CommandRunner runner, int pid) {
    this.runner = runner;
    this.pid = pid;
  }

  /** Runs {@code command} in the pod's network namespace; its output, or a failure naming it. */
  String net(List<String> command, String stdin) {
    return run("--net", command, stdin);
  }

  /** The pod's host name (its UTS namespace). */
  String hostname() {
    return run("--uts", List.of("cat", "/proc/sys/kernel/hostname"), null).trim();
  }

  private String run(String namespace, List<String> command, String stdin) {
    List<String> full = new ArrayList<>(List.of("nsenter", "--target", Integer.toString(pid)));
    full.add(namespace);
    full.add("--");
    full.addAll(command);
    CommandRunner.Result result = runner.run(full, stdin);
    if (!result.ok()) {
      throw new PodNetworkException(
          "in the launcher pod (pid "
              + pid
              + "): "
              + String.join(" ", command)
              + " failed ("
              + result.exitCode()
              + "): "
              + result.stderr().trim());
    }
    return result.stdout();
  }
}
