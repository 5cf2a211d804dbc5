package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * jvirt's own objects as whoever installed it left them (Flux, Helm): the KubeVirt and CDI CRs read
 * without the typed model, and whether every component runs an image tag.
 */
final class JvirtObjects {
  /** Where jvirt and CDI run their components. */
  static final List<String> NAMESPACES = List.of("kubevirt", "cdi");

  private JvirtObjects() {}

  static GenericKubernetesResource kubevirtCr(KubernetesClient client) {
    return client
        .genericKubernetesResources("kubevirt.io/v1", "KubeVirt")
        .inNamespace("kubevirt")
        .withName("kubevirt")
        .get();
  }

  static GenericKubernetesResource cdiCr(KubernetesClient client) {
    return client
        .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "CDI")
        .withName("cdi")
        .get();
  }

  /** Field {@code field} of the object's status, if any. */
  @SuppressWarnings("unchecked")
  static Object status(GenericKubernetesResource object, String field) {
    Object status = object == null ? null : object.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(field) : null;
  }

  /** The status of the object's condition of {@code type}, if it has one. */
  @SuppressWarnings("unchecked")
  static String conditionStatus(GenericKubernetesResource object, String type) {
    if (status(object, "conditions") instanceof List<?> list) {
      for (Object condition : list) {
        Map<String, Object> fields = (Map<String, Object>) condition;
        if (type.equals(fields.get("type"))) {
          return String.valueOf(fields.get("status"));
        }
      }
    }
    return null;
  }
}
