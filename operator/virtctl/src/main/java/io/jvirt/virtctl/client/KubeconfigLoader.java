package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds the fabric8 {@link Config} for the connection flags, failing with one clear line when the
 * kubeconfig or the context does not exist.
 */
final class KubeconfigLoader {
  private static final String NO_CONFIGURATION =
      "invalid configuration: no configuration has been provided,"
          + " try setting KUBECONFIG or using --kubeconfig";

  private final Map<String, String> environment;

  KubeconfigLoader(Map<String, String> environment) {
    this.environment = environment;
  }

  Config load(ConnectionOptions options) {
    Config config;
    if (options.kubeconfig() != null) {
      config = fromFile(Path.of(options.kubeconfig()), options.context());
    } else if (anyKubeconfigExists()) {
      config = guard(() -> Config.autoConfigure(options.context()), "the kubeconfig");
    } else if (inCluster() && options.context() == null) {
      config = guard(() -> Config.autoConfigure(null), "the in-cluster configuration");
    } else {
      throw new KubeconfigException(NO_CONFIGURATION);
    }
    requireContext(config, options.context());
    if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
      throw new KubeconfigException(NO_CONFIGURATION);
    }
    return config;
  }

  private static Config fromFile(Path path, String context) {
    if (!Files.isRegularFile(path)) {
      throw new KubeconfigException("kubeconfig file " + path + " does not exist");
    }
    if (!Files.isReadable(path)) {
      throw new KubeconfigException("cannot read kubeconfig file " + path);
    }
    return guard(() -> Config.fromKubeconfig(context, path.toFile()), path.toString());
  }

  private static void requireContext(Config config, String context) {
    if (context == null) {
      return;
    }
    List<NamedContext> contexts = config.getContexts();
    boolean known =
        contexts != null && contexts.stream().anyMatch(named -> context.equals(named.getName()));
    if (!known) {
      throw new KubeconfigException("context \"" + context + "\" does not exist");
    }
  }

  private static boolean anyKubeconfigExists() {
    return Config.getKubeconfigFilenames().stream().map(File::new).anyMatch(File::isFile);
  }

  private boolean inCluster() {
    return environment.containsKey("KUBERNETES_SERVICE_HOST");
  }

  private static Config guard(ConfigSource source, String what) {
    try {
      return source.get();
    } catch (KubernetesClientException | IllegalArgumentException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new KubeconfigException("cannot load " + what + ": " + detail, e);
    }
  }

  /** Something that builds a {@link Config} and may fail. */
  @FunctionalInterface
  private interface ConfigSource {
    Config get();
  }
}
