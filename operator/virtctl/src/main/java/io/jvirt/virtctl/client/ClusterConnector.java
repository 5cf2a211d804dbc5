package io.jvirt.virtctl.client;

/** Opens a {@link Cluster} for the connection flags a command was given. */
@FunctionalInterface
public interface ClusterConnector {
  /**
   * Loads the configuration the flags name and returns clients for it.
   *
   * @throws ClientException when the kubeconfig is missing or names an unknown context
   */
  Cluster connect(ConnectionOptions options);
}
