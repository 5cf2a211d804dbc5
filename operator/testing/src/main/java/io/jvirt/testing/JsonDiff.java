package io.jvirt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Lists where two JSON trees differ, by path, so a failing round trip says what was lost. */
public final class JsonDiff {
  private JsonDiff() {}

  /** Paths such as {@code .spec.template.spec.domain.devices.gpus: missing after}. */
  public static List<String> between(JsonNode before, JsonNode after) {
    List<String> differences = new ArrayList<>();
    compare("", before, after, differences);
    return differences;
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a == null || a.isMissingNode()) {
      out.add(path + ": added " + b);
    } else if (b == null || b.isMissingNode()) {
      out.add(path + ": missing after, was " + a);
    } else if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(path + "." + name, a.get(name), b.get(name), out);
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        compare(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
    } else if (a.isNumber() && b.isNumber()) {
      // an int read from YAML and a long written by the model are the same number
      if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
        out.add(path + ": was " + a + ", now " + b);
      }
    } else if (!a.equals(b)) {
      out.add(path + ": was " + a + ", now " + b);
    }
  }
}
