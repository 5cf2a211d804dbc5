package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Progress percentages from bytes and from qemu-img output. */
class ProgressTest {
  @Test
  void bytesBecomeAPercentage() {
    assertThat(Progress.percent(50, 200)).hasValue(25.0);
    assertThat(Progress.percent(300, 200)).hasValue(100.0);
    assertThat(Progress.percent(5, 0)).isEmpty();
    assertThat(Progress.percent(5, -1)).isEmpty();
  }

  @Test
  void qemuImgLinesCarryThePercentage() {
    assertThat(Progress.qemuLine("    (45.12/100%)")).hasValue(45.12);
    assertThat(Progress.qemuLine("    (0.00/100%)\r    (1.01/100%)")).hasValue(1.01);
    assertThat(Progress.qemuLine("    (100/100%)")).hasValue(100.0);
    assertThat(Progress.qemuLine("qemu-img: warning")).isEmpty();
  }

  @Test
  void theCounterOnlyGrows() {
    assertThat(Progress.increment(10.0, 25.5)).isEqualTo(15.5);
    assertThat(Progress.increment(30.0, 25.5)).isEqualTo(0.0);
    assertThat(Progress.increment(90.0, 120.0)).isEqualTo(10.0);
  }
}
