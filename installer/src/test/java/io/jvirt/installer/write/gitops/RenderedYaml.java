package io.jvirt.installer.write.gitops;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rendered YAML and the sample objects of the health-check tests, as plain maps. */
public final class RenderedYaml {
  /** Where the sample objects live (shared by the Argo CD and Flux tests). */
  public static final String SAMPLES = "/io/jvirt/installer/argocd/samples/";

  private static final YAMLMapper YAML = new YAMLMapper();

  private RenderedYaml() {}

  /** The documents of a multi-document YAML stream, skipping empty ones (comment-only heads). */
  public static List<Map<String, Object>> documents(String yaml) {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (MappingIterator<Map<String, Object>> it =
        YAML.readerFor(new TypeReference<Map<String, Object>>() {}).readValues(yaml)) {
      while (it.hasNext()) {
        Map<String, Object> doc = it.next();
        if (doc != null && !doc.isEmpty()) {
          docs.add(longs(doc));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** The sample object {@code name} ({@code kubevirt-deployed}, ...). */
  public static Map<String, Object> sample(String name) {
    String path = SAMPLES + name + ".yaml";
    try (InputStream in = RenderedYaml.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + path);
      }
      return documents(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at {@code path} (map keys) in {@code doc}, or null. */
  public static Object at(Map<String, Object> doc, String... path) {
    Object current = doc;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  /** Integers as longs, the way Kubernetes JSON numbers reach CEL and Lua. */
  @SuppressWarnings("unchecked")
  private static <T> T longs(T value) {
    if (value instanceof Integer i) {
      return (T) Long.valueOf(i);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, longs(v)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      return (T) list.stream().map(RenderedYaml::longs).toList();
    }
    return value;
  }
}
