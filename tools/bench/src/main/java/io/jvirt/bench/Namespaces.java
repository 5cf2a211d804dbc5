package io.jvirt.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/** The namespaces the benchmarks run in. */
final class Namespaces {
  private Namespaces() {}

  /** Creates {@code namespace} unless it exists. */
  static void ensure(KubernetesClient client, String namespace) {
    if (client.namespaces().withName(namespace).get() == null) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
          .create();
    }
  }
}
