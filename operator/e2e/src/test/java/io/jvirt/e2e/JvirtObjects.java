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
  static Object status(GenericKubernetesResource object, String field) {
    return at(object, "status", field);
  }

  /** The status of the object's condition of {@code type}, if it has one. */
  static String conditionStatus(GenericKubernetesResource object, String type) {
    return conditions(object).stream()
        .filter(condition -> type.equals(condition.get("type")))
        .map(condition -> String.valueOf(condition.get("status")))
        .findFirst()
        .orElse(null);
  }

  /** The object's status conditions, each as its fields; none when it has no status. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> conditions(GenericKubernetesResource object) {
    return at(object, "status", "conditions") instanceof List<?> list
        ? (List<Map<String, Object>>) list
        : List.of();
  }

  /**
   * The value at {@code path} below {@code object} (a resource's fields other than its metadata, or
   * a map), or null where the path ends early.
   */
  @SuppressWarnings("unchecked")
  static Object at(Object object, String... path) {
    Object current =
        object instanceof GenericKubernetesResource resource
            ? resource.getAdditionalProperties()
            : object;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = ((Map<String, Object>) map).get(key);
    }
    return current;
  }
}
