package io.jvirt.apiserver.registration;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;

/**
 * The {@code virt-api} Service of a virt-api running outside the cluster (a developer's machine, a
 * test): no selector, and Endpoints naming the host address and port it listens on.
 */
public final class DevService {
  private static final String PORT_NAME = "https";

  private DevService() {}

  /** The selectorless Service on port 443. */
  public static Service service(String namespace, int targetPort) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(ApiRegistration.SERVICE)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .addNewPort()
        .withName(PORT_NAME)
        .withPort(443)
        .withTargetPort(new IntOrString(targetPort))
        .endPort()
        .endSpec()
        .build();
  }

  /** Endpoints sending the Service's traffic to {@code address:port}. */
  public static Endpoints endpoints(String namespace, String address, int port) {
    return new EndpointsBuilder()
        .withNewMetadata()
        .withName(ApiRegistration.SERVICE)
        .withNamespace(namespace)
        .endMetadata()
        .addNewSubset()
        .addNewAddress()
        .withIp(address)
        .endAddress()
        .addNewPort()
        .withName(PORT_NAME)
        .withPort(port)
        .endPort()
        .endSubset()
        .build();
  }
}
