package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import java.util.Optional;

/** Reads kubevirt.io objects and creates core objects, for commands beyond subresources. */
public interface ResourceClient {
  /**
   * Reads one kubevirt.io/v1 object.
   *
   * @return empty when it does not exist
   * @throws ApiException when the server answers with another error
   * @throws ConnectionFailedException when the server cannot be reached
   */
  Optional<GenericKubernetesResource> get(String namespace, KubevirtResource resource, String name);

  /**
   * Creates a Service in its metadata's namespace.
   *
   * @throws ApiException when the server rejects it
   * @throws ConnectionFailedException when the server cannot be reached
   */
  Service createService(Service service);
}
