package io.jvirt.apiserver.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jvirt.apiserver.fuzz.Hostile.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Mutations read off the CRD schema: a value of the wrong JSON type, an enum value that is not one
 * of the listed ones, and a quantity that is not a quantity, each at a field the manifest has.
 */
final class SchemaMutations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> BAD_ENUMS =
      List.of("virtio2", "Sometimes", "x; reboot", "VIRTIO", "", "$(id)");
  private static final List<String> BAD_QUANTITIES =
      List.of("12XB", "1.5.5Gi", "Gi", "0x10", "1 Gi");

  private final CrdSchemas schemas;

  SchemaMutations(CrdSchemas schemas) {
    this.schemas = schemas;
  }

  /** Up to {@code wrongTypes} wrong-type mutations, and every enum and quantity mutation. */
  List<Hostile> of(ObjectNode base, int wrongTypes, Random random) {
    String kind = base.path("kind").asText();
    List<Hostile> hostile = new ArrayList<>();
    List<List<Object>> typed = new ArrayList<>();
    for (List<Object> path : JsonPaths.under(base, "spec")) {
      Optional<JsonNode> schema = schemas.at(kind, path);
      if (schema.isEmpty() || !schema.get().has("type") && !isQuantity(schema.get())) {
        continue;
      }
      if (isQuantity(schema.get())) {
        String bad = BAD_QUANTITIES.get(random.nextInt(BAD_QUANTITIES.size()));
        hostile.add(replace(base, path, JSON.textNode(bad), "quantity", "\"" + bad + "\""));
      } else if (schema.get().has("enum")) {
        String bad = BAD_ENUMS.get(random.nextInt(BAD_ENUMS.size()));
        hostile.add(replace(base, path, JSON.textNode(bad), "enum", "\"" + bad + "\""));
      } else if (!schema.get().path("x-kubernetes-int-or-string").asBoolean()) {
        typed.add(path);
      }
    }
    for (int i = 0; i < wrongTypes && !typed.isEmpty(); i++) {
      List<Object> path = typed.remove(random.nextInt(typed.size()));
      String type = schemas.at(kind, path).orElseThrow().path("type").asText();
      JsonNode wrong = wrongValue(type);
      hostile.add(replace(base, path, wrong, "wrong-type", type + " given " + wrong));
    }
    return hostile;
  }

  private static boolean isQuantity(JsonNode schema) {
    return schema.has("pattern") && schema.path("x-kubernetes-int-or-string").asBoolean();
  }

  private static JsonNode wrongValue(String type) {
    return switch (type) {
      case "integer", "number" -> JSON.textNode("seven");
      case "boolean" -> JSON.textNode("yes");
      case "string" -> JSON.objectNode().put("not", "a string");
      case "array" -> JSON.textNode("not a list");
      default -> JSON.arrayNode().add("not an object");
    };
  }

  private static Hostile replace(
      ObjectNode base, List<Object> path, JsonNode value, String category, String description) {
    ObjectNode copy = base.deepCopy();
    JsonNode parent = copy;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, value);
    } else {
      ((ObjectNode) parent).set((String) last, value);
    }
    return new Hostile(
        copy.path("kind").asText(),
        category,
        JsonPaths.dotted(path),
        copy,
        Expect.REFUSED_BY_SCHEMA,
        description);
  }
}
