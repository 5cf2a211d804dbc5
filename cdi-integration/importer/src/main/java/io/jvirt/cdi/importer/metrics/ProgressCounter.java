package io.jvirt.cdi.importer.metrics;

import io.jvirt.cdi.contract.ImporterPod;
import io.jvirt.cdi.importer.decide.Progress;
import java.util.Locale;

/** The counter {@code kubevirt_cdi_import_progress_total{ownerUID}}: percent done, never back. */
public final class ProgressCounter {
  private final String ownerUid;
  private double value;

  /** A counter labelled with {@code ownerUid}. */
  public ProgressCounter(String ownerUid) {
    this.ownerUid = ownerUid;
  }

  /** Raises the counter to {@code percent} if that is further than it is. */
  public synchronized void advanceTo(double percent) {
    value += Progress.increment(value, percent);
  }

  /** The current value. */
  public synchronized double value() {
    return value;
  }

  /** The Prometheus text exposition of this one counter. */
  public String exposition() {
    String name = ImporterPod.PROGRESS_METRIC;
    return "# HELP "
        + name
        + " The import progress in percentage\n"
        + "# TYPE "
        + name
        + " counter\n"
        + name
        + "{ownerUID=\""
        + escape(ownerUid)
        + "\"} "
        + String.format(Locale.ROOT, "%s", value())
        + "\n";
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
