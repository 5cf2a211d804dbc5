package io.jvirt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark's output: the table a person reads (each figure beside upstream's, the ratio and the
 * target's verdict) and the JSON object scripts read ({@code target/bench/<name>.json}).
 */
public final class BenchReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchReport() {}

  /** The table, one line per figure. */
  public static String table(String title, List<Figure> figures) {
    StringBuilder out = new StringBuilder(title).append('\n');
    String row = "%-34s %12s %12s %8s %12s %6s%n";
    out.append(
        String.format(Locale.ROOT, row, "figure", "jvirt", "upstream", "ratio", "target", ""));
    for (Figure f : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              f.label(),
              number(f.value()) + unit(f),
              f.upstream() == null ? "-" : number(f.upstream()) + unit(f),
              Double.isNaN(f.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", f.ratio()),
              f.target() == null
                  ? "-"
                  : (f.higherIsBetter() ? "≥ " : "≤ ") + number(f.target()) + unit(f),
              f.verdict()));
    }
    return out.toString();
  }

  /** The JSON object: each figure under its key, then {@code extra}'s entries. */
  public static String json(List<Figure> figures, Map<String, Object> extra) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (Figure f : figures) {
      object.put(f.key(), Double.isNaN(f.value()) ? null : f.value());
    }
    object.putAll(extra);
    try {
      return JSON.writeValueAsString(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code file}, making its folder. */
  public static void write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String unit(Figure f) {
    return f.unit().isEmpty() || f.unit().startsWith("/") ? f.unit() : " " + f.unit();
  }
}
