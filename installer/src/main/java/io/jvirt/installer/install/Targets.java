package io.jvirt.installer.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves which clusters to act on: contexts of a kubeconfig ({@code --context}, repeated, or
 * {@code --all-contexts}; default its current context), or a clusters file listing {@code name},
 * {@code kubeconfig} and optional {@code context} per cluster.
 */
public final class Targets {
  private Targets() {}

  /** The clusters chosen by the options. */
  public static List<Target> resolve(
      Path kubeconfig, List<String> contexts, boolean allContexts, Path clustersFile) {
    if (clustersFile != null) {
      return fromClustersFile(clustersFile);
    }
    List<String> names = new ArrayList<>(contexts);
    if (allContexts) {
      names.clear();
      for (NamedContext context : parse(kubeconfig).getContexts()) {
        names.add(context.getName());
      }
    }
    if (names.isEmpty()) {
      names.add(parse(kubeconfig).getCurrentContext());
    }
    List<Target> targets = new ArrayList<>();
    for (String name : names) {
      targets.add(new Target(name, config(kubeconfig, name)));
    }
    return targets;
  }

  /** The default kubeconfig: $KUBECONFIG (first entry), else ~/.kube/config. */
  public static Path defaultKubeconfig() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      return Path.of(env.split(java.io.File.pathSeparator)[0]);
    }
    return Path.of(System.getProperty("user.home"), ".kube", "config");
  }

  private static List<Target> fromClustersFile(Path file) {
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      List<Target> targets = new ArrayList<>();
      for (JsonNode cluster : root.path("clusters")) {
        String name = required(cluster, "name", file);
        Path kubeconfig = file.resolveSibling(required(cluster, "kubeconfig", file));
        String context =
            cluster.hasNonNull("context")
                ? cluster.get("context").asText()
                : parse(kubeconfig).getCurrentContext();
        targets.add(new Target(name, config(kubeconfig, context)));
      }
      if (targets.isEmpty()) {
        throw new IllegalArgumentException(file + ": no entries under 'clusters'");
      }
      return targets;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read clusters file " + file, e);
    }
  }

  private static String required(JsonNode cluster, String field, Path file) {
    if (!cluster.hasNonNull(field)) {
      throw new IllegalArgumentException(file + ": a cluster entry has no '" + field + "'");
    }
    return cluster.get(field).asText();
  }

  private static io.fabric8.kubernetes.api.model.Config parse(Path kubeconfig) {
    if (!Files.isReadable(kubeconfig)) {
      throw new IllegalArgumentException("cannot read kubeconfig " + kubeconfig);
    }
    return KubeConfigUtils.parseConfig(kubeconfig.toFile());
  }

  private static Config config(Path kubeconfig, String context) {
    try {
      Config config =
          Config.fromKubeconfig(context, Files.readString(kubeconfig), kubeconfig.toString());
      // an unreachable cluster should fail in seconds, not after the client's long backoff
      config.setRequestRetryBackoffLimit(1);
      config.setConnectionTimeout(5_000);
      config.setRequestTimeout(30_000);
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig, e);
    }
  }
}
