package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Map;

/** {@link ClusterConnector} that reads kubeconfig like kubectl and talks through fabric8. */
public final class Fabric8ClusterConnector implements ClusterConnector {
  private final KubeconfigLoader loader;

  /**
   * Creates the connector.
   *
   * @param environment the process environment, consulted to detect running inside a pod
   */
  public Fabric8ClusterConnector(Map<String, String> environment) {
    this.loader = new KubeconfigLoader(environment);
  }

  @Override
  public Cluster connect(ConnectionOptions options) {
    Config config = loader.load(options);
    // A command line answers at once: fabric8 would otherwise retry a refused connection ~10 times.
    config.setRequestRetryBackoffLimit(0);
    String namespace = Namespaces.resolve(options.namespace(), config.getNamespace());
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    return new Cluster(
        namespace,
        new Fabric8SubresourceClient(client),
        new Fabric8ResourceClient(client),
        new Fabric8CdiClient(client),
        client::close);
  }
}
