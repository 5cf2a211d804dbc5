package io.jvirt.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The manifest corpus under src/test/resources/corpus: user-shaped KubeVirt and CDI objects. */
public final class Corpus {
  private Corpus() {}

  /** One corpus file: its name and its YAML text. */
  public record Manifest(String file, String yaml) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** Every YAML file of the corpus, in file-name order. */
  public static List<Manifest> all() {
    List<Manifest> manifests = new ArrayList<>();
    for (String file : index()) {
      manifests.add(new Manifest(file, read("/corpus/" + file)));
    }
    return manifests;
  }

  private static List<String> index() {
    List<String> files = new ArrayList<>();
    for (String line : read("/corpus/").split("\n")) {
      if (line.endsWith(".yaml")) {
        files.add(line.trim());
      }
    }
    files.sort(String::compareTo);
    return files;
  }

  private static String read(String resource) {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
