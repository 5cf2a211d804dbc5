package io.jvirt.apiserver.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Paths into a JSON tree as lists of field names and indexes, and their dotted API form. */
final class JsonPaths {
  private JsonPaths() {}

  /** Every path under {@code root}'s {@code top} field, containers and leaves alike. */
  static List<List<Object>> under(JsonNode root, String top) {
    List<List<Object>> paths = new ArrayList<>();
    if (root.has(top)) {
      walk(root.get(top), new ArrayList<>(List.of(top)), paths);
    }
    return paths;
  }

  private static void walk(JsonNode node, List<Object> path, List<List<Object>> paths) {
    paths.add(List.copyOf(path));
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              name -> {
                path.add(name);
                walk(node.get(name), path, paths);
                path.remove(path.size() - 1);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        walk(node.get(i), path, paths);
        path.remove(path.size() - 1);
      }
    }
  }

  /** The API server's way of naming {@code path}: {@code spec.domain.devices.disks[0].name}. */
  static String dotted(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(step);
      }
    }
    return text.toString();
  }

  /** The JSON pointer of {@code path}. */
  static String pointer(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object step : path) {
      text.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
    }
    return text.toString();
  }
}
