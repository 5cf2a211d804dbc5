package io.jvirt.crds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Map;
import java.util.Set;

/**
 * Gives every quantity in a schema the pattern Kubernetes' CRD generator puts on {@code
 * resource.Quantity}, so the API server itself refuses {@code memory: 12XB} naming the field, as it
 * does upstream, before any webhook parses it.
 */
final class QuantityPatterns {
  /** Kubernetes' quantity syntax: a signed decimal with a binary, decimal or exponent suffix. */
  static final String QUANTITY =
      "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

  /** The int-or-string fields that are ports or port names, not quantities. */
  private static final Set<String> NOT_QUANTITIES = Set.of("port", "targetPort");

  private QuantityPatterns() {}

  /** Adds the pattern to every int-or-string quantity under {@code schema}. */
  static void addTo(JSONSchemaProps schema) {
    walk(schema, "");
  }

  private static void walk(JSONSchemaProps node, String name) {
    if (node == null) {
      return;
    }
    if (Boolean.TRUE.equals(node.getXKubernetesIntOrString()) && !NOT_QUANTITIES.contains(name)) {
      node.setPattern(QUANTITY);
    }
    Map<String, JSONSchemaProps> properties = node.getProperties();
    if (properties != null) {
      properties.forEach((child, schema) -> walk(schema, child));
    }
    if (node.getItems() != null) {
      walk(node.getItems().getSchema(), name);
    }
    if (node.getAdditionalProperties() != null) {
      walk(node.getAdditionalProperties().getSchema(), name);
    }
  }
}
