package io.jvirt.installer.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Kubeconfig and clusters files for fleet tests. */
final class Kubeconfigs {
  private Kubeconfigs() {}

  /** A kubeconfig whose only context points at a port nothing listens on. */
  static Path unreachable(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("gone.kubeconfig"),
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: gone
          cluster: {server: "https://127.0.0.1:1"}
        users:
        - name: u
          user: {token: x}
        contexts:
        - name: gone
          context: {cluster: gone, user: u}
        current-context: gone
        """);
  }

  /** A clusters file naming each cluster's kubeconfig (in order). */
  static Path clustersFile(Path dir, Map<String, Path> kubeconfigs) throws IOException {
    StringBuilder yaml = new StringBuilder("clusters:\n");
    kubeconfigs.forEach(
        (name, kubeconfig) ->
            yaml.append("- name: ")
                .append(name)
                .append("\n  kubeconfig: ")
                .append(kubeconfig.toAbsolutePath())
                .append('\n'));
    return Files.writeString(dir.resolve("clusters.yaml"), yaml.toString());
  }
}
