package io.jvirt.installer.install.decide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The table printed after an operation on many clusters: one row per cluster. */
public final class SummaryTable {
  /** One row. */
  public record Row(String cluster, boolean ok, String version, Duration took, String detail) {}

  private SummaryTable() {}

  /** Aligned columns CLUSTER, RESULT, KUBERNETES, TIME, DETAIL, and a closing count line. */
  public static String render(List<Row> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"CLUSTER", "RESULT", "KUBERNETES", "TIME", "DETAIL"});
    int failed = 0;
    for (Row row : rows) {
      failed += row.ok() ? 0 : 1;
      cells.add(
          new String[] {
            row.cluster(),
            row.ok() ? "ok" : "FAILED",
            row.version(),
            String.format(java.util.Locale.ROOT, "%.1fs", row.took().toMillis() / 1000.0),
            row.detail()
          });
    }
    int[] widths = new int[4];
    for (String[] line : cells) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : cells) {
      for (int i = 0; i < widths.length; i++) {
        out.append(String.format("%-" + widths[i] + "s  ", line[i]));
      }
      out.append(line[4]).append('\n');
    }
    out.append(rows.size() - failed)
        .append(" of ")
        .append(rows.size())
        .append(" clusters succeeded")
        .append(failed == 0 ? "" : ", " + failed + " failed")
        .append('\n');
    return out.toString();
  }
}
