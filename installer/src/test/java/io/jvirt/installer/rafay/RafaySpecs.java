package io.jvirt.installer.rafay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed Rafay v3 specs read as Rafay's controller reads them: a Blueprint's custom add-ons
 * in {@code dependsOn} order, and the namespace and payload files each Addon or Workload uploads
 * ({@code file://} paths, relative to the spec file).
 */
final class RafaySpecs {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One add-on or workload: the namespace its payload goes to, and the payload files. */
  record Artifact(String name, String namespace, List<Path> payloads) {}

  private RafaySpecs() {}

  /** The Blueprint's custom add-ons, each after every add-on it depends on. */
  static List<String> addonOrder(Path blueprint) {
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    for (JsonNode addon : read(blueprint).path("spec").path("customAddons")) {
      List<String> before = new ArrayList<>();
      addon.path("dependsOn").forEach(d -> before.add(d.asText()));
      dependsOn.put(addon.path("name").asText(), before);
    }
    List<String> order = new ArrayList<>();
    while (order.size() < dependsOn.size()) {
      int placed = order.size();
      dependsOn.forEach(
          (name, before) -> {
            if (!order.contains(name) && order.containsAll(before)) {
              order.add(name);
            }
          });
      if (order.size() == placed) {
        throw new IllegalStateException("dependsOn has a cycle or a missing add-on: " + dependsOn);
      }
    }
    return order;
  }

  /** The Addon or Workload spec in {@code file}. */
  static Artifact artifact(Path file) {
    JsonNode spec = read(file);
    List<Path> payloads = new ArrayList<>();
    for (JsonNode path : spec.path("spec").path("artifact").path("artifact").path("paths")) {
      String name = path.path("name").asText();
      if (!name.startsWith("file://")) {
        throw new IllegalStateException(file + " uploads " + name + ", not a file");
      }
      payloads.add(file.getParent().resolve(name.substring("file://".length())).normalize());
    }
    return new Artifact(
        spec.path("metadata").path("name").asText(),
        spec.path("spec").path("namespace").asText(),
        payloads);
  }

  /** The objects of a payload (YAML documents). */
  static List<JsonNode> objects(Path payload) {
    try (var parser = YAML.getFactory().createParser(Files.readString(payload))) {
      List<JsonNode> objects = new ArrayList<>();
      YAML.readValues(parser, JsonNode.class)
          .forEachRemaining(
              o -> {
                if (o != null && o.has("kind")) {
                  objects.add(o);
                }
              });
      return objects;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + payload, e);
    }
  }

  /** The labels of a Rafay v3 Namespace spec. */
  static Map<String, String> namespaceLabels(Path file) {
    Map<String, String> labels = new LinkedHashMap<>();
    read(file)
        .path("metadata")
        .path("labels")
        .fields()
        .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  private static JsonNode read(Path file) {
    try {
      return YAML.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
