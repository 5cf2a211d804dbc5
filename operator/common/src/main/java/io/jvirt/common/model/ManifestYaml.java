package io.jvirt.common.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;

/**
 * Writes Kubernetes objects as YAML the way people write it (quotes only where needed), the one
 * YAML writer of every generated file. YAML is output only: nothing in jvirt parses its own YAML.
 */
public final class ManifestYaml {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final YAMLMapper YAML = base().build();

  /**
   * Multi-line strings as literal blocks and long lines kept whole: embedded scripts stay legible.
   */
  private static final YAMLMapper SCRIPTS =
      base()
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build();

  private ManifestYaml() {}

  private static YAMLMapper.Builder base() {
    return YAMLMapper.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
  }

  /** One object as a YAML document (no leading {@code ---}). */
  public static String write(Object object) {
    return write(YAML, object);
  }

  /** Several objects as one multi-document YAML stream, in the given order. */
  public static String writeAll(List<?> objects) {
    return writeAll(YAML, objects);
  }

  /**
   * Like {@link #writeAll}, with multi-line strings (scripts such as health checks) as literal
   * blocks and one-line expressions never folded.
   */
  public static String writeAllWithScripts(List<?> objects) {
    return writeAll(SCRIPTS, objects);
  }

  private static String writeAll(YAMLMapper mapper, List<?> objects) {
    StringBuilder out = new StringBuilder();
    for (Object object : objects) {
      out.append("---\n").append(write(mapper, object));
    }
    return out.toString();
  }

  private static String write(YAMLMapper mapper, Object object) {
    JsonNode tree = SERIALIZATION.convertValue(object, JsonNode.class);
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + object.getClass().getName(), e);
    }
  }
}
