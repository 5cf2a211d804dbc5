package io.jvirt.virtctl;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.jvirt.virtctl.client.KubevirtResource;
import io.jvirt.virtctl.client.ResourceClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ResourceClient} over in-memory objects that records the Services created. */
public final class FakeResourceClient implements ResourceClient {
  private final Map<String, GenericKubernetesResource> objects = new HashMap<>();

  public final List<String> reads = new ArrayList<>();
  public final List<Service> createdServices = new ArrayList<>();

  /** Thrown by the next createService when set. */
  public RuntimeException createFailure;

  /** Stores an object with the given spec and returns it. */
  public GenericKubernetesResource add(
      String namespace, KubevirtResource resource, String name, Map<String, Object> spec) {
    GenericKubernetesResource object = new GenericKubernetesResource();
    object.setApiVersion("kubevirt.io/v1");
    object.setKind(resource.kind());
    object.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    object.setAdditionalProperty("spec", spec);
    objects.put(key(namespace, resource, name), object);
    return object;
  }

  @Override
  public Optional<GenericKubernetesResource> get(
      String namespace, KubevirtResource resource, String name) {
    reads.add(key(namespace, resource, name));
    return Optional.ofNullable(objects.get(key(namespace, resource, name)));
  }

  @Override
  public Service createService(Service service) {
    if (createFailure != null) {
      throw createFailure;
    }
    createdServices.add(service);
    return service;
  }

  private static String key(String namespace, KubevirtResource resource, String name) {
    return resource.plural() + "/" + namespace + "/" + name;
  }
}
