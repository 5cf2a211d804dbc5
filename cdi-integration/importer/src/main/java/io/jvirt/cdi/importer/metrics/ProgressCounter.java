package io.jvirt.cdi.importer.metrics;

import io.jvirt.cdi.contract.CloneSource;
import io.jvirt.cdi.contract.ImporterPod;
import io.jvirt.cdi.importer.decide.Progress;
import java.util.Locale;

/**
 * A progress counter such as {@code kubevirt_cdi_import_progress_total{ownerUID}}: percent done,
 * never back.
 */
public final class ProgressCounter {
  private final String name;
  private final String help;
  private final String ownerUid;
  private double value;

  /** The import progress counter labelled with {@code ownerUid}. */
  public ProgressCounter(String ownerUid) {
    this(ImporterPod.PROGRESS_METRIC, "The import progress in percentage", ownerUid);
  }

  /** The counter {@code name} described by {@code help}, labelled with {@code ownerUid}. */
  public ProgressCounter(String name, String help, String ownerUid) {
    this.name = name;
    this.help = help;
    this.ownerUid = ownerUid;
  }

  /** The clone source's counter {@code kubevirt_cdi_clone_progress_total{ownerUID}}. */
  public static ProgressCounter forClone(String ownerUid) {
    return new ProgressCounter(
        CloneSource.PROGRESS_METRIC, "The clone progress in percentage", ownerUid);
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
    return "# HELP "
        + name
        + " "
        + help
        + "\n"
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
