package io.jvirt.installer.write.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A YAML stream as parsed documents keyed by apiVersion/kind/namespace/name, so two renderings
 * compare as multisets of objects (Helm sorts documents by kind and adds comments).
 */
final class RenderedObjects {
  private RenderedObjects() {}

  /** The documents of {@code yaml}, by key; fails on two documents with one key. */
  static SortedMap<String, Object> of(String yaml) {
    SortedMap<String, Object> objects = new TreeMap<>();
    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
      if (document == null) {
        continue;
      }
      Map<?, ?> object = (Map<?, ?>) document;
      Map<?, ?> metadata = (Map<?, ?>) object.get("metadata");
      String key =
          "%s/%s/%s/%s"
              .formatted(
                  object.get("apiVersion"),
                  object.get("kind"),
                  metadata.get("namespace"),
                  metadata.get("name"));
      assertThat(objects.put(key, object)).as("two documents are %s", key).isNull();
    }
    return objects;
  }

  /** Asserts {@code actual} and {@code expected} hold the same objects. */
  static void assertSame(String actual, String expected) {
    SortedMap<String, Object> got = of(actual);
    SortedMap<String, Object> want = of(expected);
    assertThat(got.keySet()).isEqualTo(want.keySet());
    for (String key : want.keySet()) {
      assertThat(got.get(key)).as(key).isEqualTo(want.get(key));
    }
  }
}
