package io.jvirt.common.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Keeps committed generated files (CRDs, charts, bundles, golden outputs) equal to what the code
 * generates: a check fails the build on drift, and {@code -Djvirt.regenerate=true} rewrites them.
 */
public final class GoldenFiles {
  /** System property that switches from checking to rewriting. */
  public static final String REGENERATE = "jvirt.regenerate";

  private static final String HOW_TO_FIX =
      "Run hack/regenerate (./mvnw install -Djvirt.regenerate=true) and commit the result.";

  private GoldenFiles() {}

  /** True when this build was asked to rewrite committed files instead of checking them. */
  public static boolean regenerating() {
    return Boolean.getBoolean(REGENERATE);
  }

  /**
   * Checks that {@code dir} holds exactly {@code expected} (relative file name to content), or
   * rewrites it when regenerating. Throws AssertionError listing every drifted file otherwise.
   */
  public static void verify(Path dir, SortedMap<String, String> expected) {
    if (regenerating()) {
      rewrite(dir, expected);
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> file : expected.entrySet()) {
      Path path = dir.resolve(file.getKey());
      if (!Files.exists(path)) {
        problems.add(path + ": missing (the code generates it)");
        continue;
      }
      String committed = read(path);
      if (!committed.equals(file.getValue())) {
        problems.add(path + ": " + firstDifference(committed, file.getValue()));
      }
    }
    for (String stale : existing(dir)) {
      if (!expected.containsKey(stale)) {
        problems.add(dir.resolve(stale) + ": stale (the code no longer generates it)");
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Committed generated files differ from what the code generates:\n  "
              + String.join("\n  ", problems)
              + "\n"
              + HOW_TO_FIX);
    }
  }

  private static void rewrite(Path dir, SortedMap<String, String> expected) {
    try {
      Files.createDirectories(dir);
      for (String stale : existing(dir)) {
        if (!expected.containsKey(stale)) {
          Files.delete(dir.resolve(stale));
        }
      }
      for (Map.Entry<String, String> file : expected.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + dir, e);
    }
  }

  private static TreeSet<String> existing(Path dir) {
    TreeSet<String> names = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return names;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Where two texts first differ, as "line N: committed 'x', generated 'y'". */
  static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String left = i < a.length ? a[i] : "<end of file>";
      String right = i < b.length ? b[i] : "<end of file>";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ": committed '" + left + "', generated '" + right + "'";
      }
    }
    return "differs in line endings";
  }
}
