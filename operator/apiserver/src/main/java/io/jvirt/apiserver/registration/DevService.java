package io.jvirt.apiserver.registration;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;

/**
 * The Service of an aggregated server ({@code virt-api} by default) running outside the cluster (a
 * developer's machine, a test): no selector, and Endpoints naming the host address and port it
 * listens on.
 */
public final class DevService {
  private static final String PORT_NAME = "https";

  private DevService() {}

  /** The selectorless {@code virt-api} Service on port 443. */
  public static Service service(String namespace, int targetPort) {
    return service(ApiRegistration.SERVICE, namespace, targetPort);
  }

  /** The selectorless Service {@code name} on port 443. */
  public static Service service(String name, String namespace, int targetPort) {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(name)
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

  /** Endpoints sending the {@code virt-api} Service's traffic to {@code address:port}. */
  public static Endpoints endpoints(String namespace, String address, int port) {
    return endpoints(ApiRegistration.SERVICE, namespace, address, port);
  }

  /** Endpoints sending Service {@code name}'s traffic to {@code address:port}. */
  public static Endpoints endpoints(String name, String namespace, String address, int port) {
    return new EndpointsBuilder()
        .withNewMetadata()
        .withName(name)
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
