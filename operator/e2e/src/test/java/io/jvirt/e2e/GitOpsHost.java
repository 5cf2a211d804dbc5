package io.jvirt.e2e;

import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The GitOps controllers and Git server that {@code hack/gitops} runs on this machine for the local
 * cluster, and the repositories on that server.
 */
final class GitOpsHost {
  /**
   * A cold start builds Flux and Argo CD from the Go module proxy (about 13 minutes on 2 cores).
   */
  private static final Duration UP_TIMEOUT = Duration.ofMinutes(25);

  private final Path root;

  private GitOpsHost(Path root) {
    this.root = root;
  }

  /** Starts (or finds running) everything {@code hack/gitops up} starts. */
  static GitOpsHost up(Path root) {
    long started = System.nanoTime();
    GitOpsHost host = new GitOpsHost(root);
    host.gitops(UP_TIMEOUT, "up");
    System.out.printf("[figures] hack/gitops up in %.1f s%n", (System.nanoTime() - started) / 1e9);
    return host;
  }

  /** The URL of repository {@code name}, created empty if it is new. */
  String repository(String name) {
    return lastLine(gitops(Duration.ofSeconds(30), "repo", name));
  }

  /** The PID of a process {@code hack/gitops} runs (source-controller, kustomize-controller). */
  OptionalLong pid(String process) {
    Commands.Result result =
        Commands.run(root, Duration.ofSeconds(10), List.of(script(), "pid", process));
    String line = lastLine(result.output());
    return result.exitCode() == 0 && line.matches("\\d+")
        ? OptionalLong.of(Long.parseLong(line))
        : OptionalLong.empty();
  }

  /** Runs Argo CD's CLI (the binary {@code hack/gitops} built) and returns what it printed. */
  String argocd(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("argocd"));
    command.addAll(List.of(args));
    return gitops(Duration.ofMinutes(1), command.toArray(String[]::new));
  }

  private String gitops(Duration timeout, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(script()));
    command.addAll(List.of(args));
    return Commands.run(root, timeout, command).orThrow(command);
  }

  private String script() {
    return root.resolve("hack/gitops").toString();
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
