package io.jvirt.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a sample: each one is a value that was measured, never a blend. */
public final class Percentiles {
  private Percentiles() {}

  /** The {@code percentile}th (0–100) of {@code values}; NaN for an empty sample. */
  public static double of(List<Double> values, double percentile) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.min(Math.max(rank, 1), sorted.size()) - 1);
  }
}
