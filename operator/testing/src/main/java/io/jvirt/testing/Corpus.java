package io.jvirt.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The manifest corpus: user-shaped KubeVirt and CDI objects, one per file, under corpus/. */
public final class Corpus {
  private static final String FOLDER = "corpus/";

  private Corpus() {}

  /** One corpus file: its name and its YAML text. */
  public record Manifest(String file, String yaml) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** Every YAML file directly under corpus/ (not its subfolders), in file-name order. */
  public static List<Manifest> all() {
    List<Manifest> manifests = new ArrayList<>();
    for (String file : fileNames()) {
      manifests.add(new Manifest(file, read(FOLDER + file)));
    }
    return manifests;
  }

  private static List<String> fileNames() {
    URL folder = Corpus.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      throw new IllegalStateException("no " + FOLDER + " on the class path");
    }
    List<String> names = "jar".equals(folder.getProtocol()) ? inJar(folder) : inFolder(folder);
    Collections.sort(names);
    return names;
  }

  private static List<String> inFolder(URL folder) {
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return new ArrayList<>(
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  private static List<String> inJar(URL folder) {
    List<String> names = new ArrayList<>();
    try {
      JarURLConnection connection = (JarURLConnection) folder.openConnection();
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          String name = entry.getName();
          String rest = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : "";
          if (rest.endsWith(".yaml") && !rest.contains("/")) {
            names.add(rest);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static String read(String resource) {
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
