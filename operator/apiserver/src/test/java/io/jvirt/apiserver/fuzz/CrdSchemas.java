package io.jvirt.apiserver.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jvirt.crds.CrdGeneration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The OpenAPI schema of each jvirt kind, as the CRDs generated from the model declare it. */
final class CrdSchemas {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Map<String, JsonNode> GENERATED = generate();

  private final Map<String, JsonNode> byKind = GENERATED;

  private static Map<String, JsonNode> generate() {
    Map<String, JsonNode> byKind = new HashMap<>();
    for (String text : CrdGeneration.files().values()) {
      JsonNode crd = read(text);
      byKind.put(
          crd.at("/spec/names/kind").asText(), crd.at("/spec/versions/0/schema/openAPIV3Schema"));
    }
    return byKind;
  }

  /** The schema of the value at {@code path} (field names and list indexes) in a {@code kind}. */
  Optional<JsonNode> at(String kind, List<Object> path) {
    JsonNode node = byKind.get(kind);
    for (Object step : path) {
      if (node == null) {
        return Optional.empty();
      }
      if (step instanceof Integer) {
        node = node.get("items");
      } else if (node.path("properties").has((String) step)) {
        node = node.path("properties").get((String) step);
      } else {
        node = node.get("additionalProperties");
      }
    }
    return Optional.ofNullable(node).filter(JsonNode::isObject);
  }

  private static JsonNode read(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
