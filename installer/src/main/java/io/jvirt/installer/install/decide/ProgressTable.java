package io.jvirt.installer.install.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live progress display on a terminal: one line per cluster with its latest step, redrawn in
 * place (ANSI cursor-up and clear-line) each time a cluster moves on.
 */
public final class ProgressTable {
  private static final String UP = "\u001b[%dA";
  private static final String CLEAR_LINE = "\u001b[2K\r";

  private final Map<String, String> steps = new LinkedHashMap<>();
  private final int width;
  private int drawn;

  /** A table for {@code clusters}, in this order, each "waiting" until it reports. */
  public ProgressTable(List<String> clusters) {
    int longest = 0;
    for (String cluster : clusters) {
      steps.put(cluster, "waiting");
      longest = Math.max(longest, cluster.length());
    }
    width = longest;
  }

  /** Records {@code step} for {@code cluster} and returns the text that redraws the table. */
  public synchronized String update(String cluster, String step) {
    steps.put(cluster, step);
    StringBuilder out = new StringBuilder();
    if (drawn > 0) {
      out.append(String.format(UP, drawn));
    }
    for (String line : lines()) {
      out.append(CLEAR_LINE).append(line).append('\n');
    }
    drawn = steps.size();
    return out.toString();
  }

  /** The table's lines as they stand ("cluster step"). */
  public synchronized List<String> lines() {
    List<String> lines = new ArrayList<>();
    steps.forEach(
        (cluster, step) -> lines.add(String.format("%-" + width + "s  %s", cluster, step)));
    return lines;
  }
}
