package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table and JSON a benchmark prints. */
class BenchReportTest {
  private static final List<Figure> FIGURES =
      List.of(
          new Figure(
              "creation_to_running_p95_s", "creation → Running p95", 3.0, "s", 27.5, 5.0, false),
          new Figure("creations_per_s", "creations per second", 12.0, "/s", 10.0, 20.0, true),
          new Figure(
              "deletion_all_gone_s", "delete → no VMI left", Double.NaN, "s", null, null, false));

  @Test
  void eachFigureStandsBesideUpstreamsWithTheRatioAndTheTargetsVerdict() {
    String table = BenchReport.table("density", FIGURES);
    assertThat(table.lines().toList())
        .hasSize(5)
        .anySatisfy(l -> assertThat(l).contains("3.00 s", "27.50 s", "0.11", "≤ 5.00 s", "pass"))
        .anySatisfy(l -> assertThat(l).contains("12.00/s", "10.00/s", "1.20", "≥ 20.00/s", "miss"))
        .anySatisfy(l -> assertThat(l).contains("n/a"));
  }

  @Test
  void jsonHasEveryKeyAndNullForWhatWasNotMeasured() {
    String json = BenchReport.json(FIGURES, Map.of("vmis", 300));
    assertThat(json)
        .contains("\"creation_to_running_p95_s\" : 3.0")
        .contains("\"deletion_all_gone_s\" : null")
        .contains("\"vmis\" : 300");
  }
}
