package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles. */
class PercentilesTest {
  @Test
  void nearestRankPicksAMeasuredValue() {
    List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 6.0, 7.0, 8.0, 9.0);
    assertThat(Percentiles.of(values, 50)).isEqualTo(5.0);
    assertThat(Percentiles.of(values, 95)).isEqualTo(10.0);
    assertThat(Percentiles.of(values, 0)).isEqualTo(1.0);
    assertThat(Percentiles.of(List.of(), 50)).isNaN();
  }
}
