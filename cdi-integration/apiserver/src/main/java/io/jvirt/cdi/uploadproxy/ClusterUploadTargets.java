package io.jvirt.cdi.uploadproxy;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.contract.UploadServer;
import io.jvirt.cdi.uploadproxy.decide.ServiceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link UploadTargets} read from the API server at each upload (uploads are rare, reads cheap).
 */
public final class ClusterUploadTargets implements UploadTargets {
  private final KubernetesClient client;

  /** Reads through {@code client}. */
  public ClusterUploadTargets(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<Map<String, String>> claimAnnotations(String namespace, String name) {
    PersistentVolumeClaim claim =
        client.persistentVolumeClaims().inNamespace(namespace).withName(name).get();
    if (claim == null) {
      return Optional.empty();
    }
    Map<String, String> annotations = claim.getMetadata().getAnnotations();
    return Optional.of(annotations == null ? Map.of() : annotations);
  }

  @Override
  public Optional<ServiceAddress> serviceAddress(String namespace, String name) {
    Service service = client.services().inNamespace(namespace).withName(name).get();
    if (service == null || service.getSpec() == null || service.getSpec().getClusterIP() == null) {
      return Optional.empty();
    }
    List<ServicePort> ports = service.getSpec().getPorts();
    int port =
        ports == null || ports.isEmpty() ? UploadServer.SERVICE_PORT : ports.get(0).getPort();
    return Optional.of(new ServiceAddress(service.getSpec().getClusterIP(), port));
  }
}
