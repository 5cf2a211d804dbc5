package io.jvirt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.statistics.HistogramDataset;

/** A PNG histogram of a latency sample (JFreeChart, drawn headless). */
public final class LatencyPlot {
  private static final int BINS = 40;

  private LatencyPlot() {}

  /** Draws {@code seconds} into {@code png}. */
  public static void write(Path png, String title, List<Double> seconds) {
    if (seconds.isEmpty()) {
      return;
    }
    System.setProperty("java.awt.headless", "true");
    HistogramDataset data = new HistogramDataset();
    data.addSeries("VMIs", seconds.stream().mapToDouble(Double::doubleValue).toArray(), BINS);
    JFreeChart chart =
        ChartFactory.createHistogram(
            title, "seconds", "VMIs", data, PlotOrientation.VERTICAL, false, false, false);
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png, e);
    }
  }
}
