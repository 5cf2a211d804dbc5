package io.jvirt.installer.write.helm;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.common.model.ManifestYaml;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentinel-rendered object as a Helm template: the object is serialised by ManifestYaml, each
 * scalar holding sentinels and each {@link Slot} becoming a template action.
 */
final class TemplateWriter {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final String TOKEN = "JVIRT_HELM_TOKEN_%04d";
  private static final Pattern TOKEN_LINE =
      Pattern.compile("^([ -]*)(.*?)(JVIRT_HELM_TOKEN_\\d{4})$", Pattern.MULTILINE);

  /** A template's text and the values it reads. */
  record Template(String text, Set<ChartValue> values) {}

  private final Map<String, String> scalars = new LinkedHashMap<>();
  private final Map<String, Slot> slots = new LinkedHashMap<>();
  private final Set<ChartValue> values = EnumSet.noneOf(ChartValue.class);

  private TemplateWriter() {}

  /** {@code object}, rendered with {@link Sentinels#settings()}, as a template. */
  static Template write(HasMetadata object) {
    return new TemplateWriter().template(object);
  }

  private Template template(HasMetadata object) {
    ObjectNode tree = SERIALIZATION.convertValue(object, ObjectNode.class);
    StringBuilder prelude = new StringBuilder();
    for (Slot slot : Slot.ALL) {
      if (slot.kind().equals(object.getKind())) {
        fill(tree, slot);
        prelude.append(slot.prelude());
      }
    }
    replaceSentinels(tree);
    // literal braces in the model (e.g. a CRD description) must not start template actions
    String yaml = ManifestYaml.write(tree).replace("{{", "{{ \"{{\" }}");
    return new Template(prelude + actions(yaml), Set.copyOf(values));
  }

  private void fill(ObjectNode tree, Slot slot) {
    JsonPointer pointer = JsonPointer.compile(slot.pointer());
    JsonNode parent = tree.at(pointer.head());
    String field = pointer.last().getMatchingProperty();
    if (!(parent instanceof ObjectNode object) || !object.has(field)) {
      throw new IllegalStateException(slot.kind() + " has no " + slot.pointer());
    }
    String token = token(slots.size() + scalars.size());
    object.set(field, TextNode.valueOf(token));
    slots.put(token, slot);
    values.addAll(slot.values());
  }

  private void replaceSentinels(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (!Sentinels.valuesIn(field.getKey()).isEmpty()) {
          throw new IllegalStateException("a value in a field name: " + field.getKey());
        }
        if (field.getValue().isTextual()) {
          field.setValue(scalar(field.getValue().textValue()));
        } else {
          replaceSentinels(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.isTextual()) {
          array.set(i, scalar(item.textValue()));
        } else {
          replaceSentinels(item);
        }
      }
    }
  }

  private JsonNode scalar(String text) {
    Set<ChartValue> found = Sentinels.valuesIn(text);
    if (found.isEmpty()) {
      return TextNode.valueOf(text);
    }
    values.addAll(found);
    String token = token(slots.size() + scalars.size());
    scalars.put(token, Sentinels.expression(text));
    return TextNode.valueOf(token);
  }

  private String actions(String yaml) {
    Matcher line = TOKEN_LINE.matcher(yaml);
    StringBuilder out = new StringBuilder();
    while (line.find()) {
      String token = line.group(3);
      String action =
          slots.containsKey(token)
              ? slots.get(token).action(line.group(1).length())
              : scalars.get(token);
      if (action == null) {
        throw new IllegalStateException("unknown token " + token);
      }
      line.appendReplacement(out, Matcher.quoteReplacement(line.group(1) + line.group(2) + action));
    }
    line.appendTail(out);
    if (out.indexOf("JVIRT_HELM_TOKEN_") >= 0) {
      throw new IllegalStateException("a value not alone at the end of its line:\n" + out);
    }
    return out.toString();
  }

  private static String token(int index) {
    if (index > 9999) {
      throw new IllegalStateException("too many values in one object");
    }
    return TOKEN.formatted(index);
  }
}
