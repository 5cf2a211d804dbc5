package io.jvirt.cdi.controller.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The importer's progress counter is read for its owner only. */
class ProgressMetricTest {
  private static final String TEXT =
      "# HELP kubevirt_cdi_import_progress_total The import progress in percentage\n"
          + "# TYPE kubevirt_cdi_import_progress_total counter\n"
          + "kubevirt_cdi_import_progress_total{ownerUID=\"other\"} 12.0\n"
          + "kubevirt_cdi_import_progress_total{ownerUID=\"uid-1\"} 45.67\n";

  @Test
  void findsTheOwnersSample() {
    assertThat(ProgressMetric.percent(TEXT, "uid-1")).isEqualTo(45.67);
    assertThat(ProgressMetric.percent(TEXT, "other")).isEqualTo(12.0);
  }

  @Test
  void absentOwnerOrEmptyTextIsNull() {
    assertThat(ProgressMetric.percent(TEXT, "uid-2")).isNull();
    assertThat(ProgressMetric.percent("", "uid-1")).isNull();
  }
}
