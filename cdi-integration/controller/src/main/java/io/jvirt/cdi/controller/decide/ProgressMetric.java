package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.contract.CloneSource;
import io.jvirt.cdi.contract.ImporterPod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the import progress counter of one owner in a Prometheus text exposition. */
public final class ProgressMetric {
  private static final Pattern SAMPLE =
      Pattern.compile(
          "^(?:"
              + Pattern.quote(ImporterPod.PROGRESS_METRIC)
              + "|"
              + Pattern.quote(CloneSource.PROGRESS_METRIC)
              + ")\\{([^}]*)\\}\\s+([0-9.eE+-]+)\\s*$",
          Pattern.MULTILINE);
  private static final Pattern OWNER = Pattern.compile("ownerUID=\"([^\"]*)\"");

  private ProgressMetric() {}

  /** The value labelled {@code ownerUID=ownerUid}, or null when absent or unreadable. */
  public static Double percent(String exposition, String ownerUid) {
    Matcher sample = SAMPLE.matcher(exposition);
    while (sample.find()) {
      Matcher owner = OWNER.matcher(sample.group(1));
      if (owner.find() && owner.group(1).equals(ownerUid)) {
        try {
          return Double.valueOf(sample.group(2));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }
}
