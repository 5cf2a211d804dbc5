package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Optional;

/** {@link ResourceClient} over the fabric8 client. */
public final class Fabric8ResourceClient implements ResourceClient {
  private final KubernetesClient client;
  private final String server;

  public Fabric8ResourceClient(KubernetesClient client) {
    this.client = client;
    this.server = client.getMasterUrl().toString();
  }

  @Override
  public Optional<GenericKubernetesResource> get(
      String namespace, KubevirtResource resource, String name) {
    ResourceDefinitionContext definition =
        new ResourceDefinitionContext.Builder()
            .withGroup(KubevirtResource.GROUP)
            .withVersion(KubevirtResource.VERSION)
            .withPlural(resource.plural())
            .withKind(resource.kind())
            .withNamespaced(true)
            .build();
    try {
      return Optional.ofNullable(
          client
              .genericKubernetesResources(definition)
              .inNamespace(namespace)
              .withName(name)
              .get());
    } catch (KubernetesClientException e) {
      throw Fabric8Errors.translate(e, server);
    }
  }

  @Override
  public Service createService(Service service) {
    try {
      return client
          .services()
          .inNamespace(service.getMetadata().getNamespace())
          .resource(service)
          .create();
    } catch (KubernetesClientException e) {
      throw Fabric8Errors.translate(e, server);
    }
  }
}
