package io.jvirt.cdi.importer.decide;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Progress arithmetic: byte counts and qemu-img's {@code -p} lines to percentages. */
public final class Progress {
  private static final Pattern QEMU = Pattern.compile("\\((\\d+(?:\\.\\d+)?)/100%\\)");

  private Progress() {}

  /** {@code current / total * 100}, at most 100; empty when the total is unknown. */
  public static OptionalDouble percent(long current, long total) {
    if (total <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(100.0, current * 100.0 / total));
  }

  /** The percentage in a qemu-img progress line such as {@code " (45.12/100%)"}. */
  public static OptionalDouble qemuLine(String line) {
    Matcher m = QEMU.matcher(line);
    OptionalDouble last = OptionalDouble.empty();
    while (m.find()) {
      last = OptionalDouble.of(Double.parseDouble(m.group(1)));
    }
    return last;
  }

  /**
   * How much a counter now at {@code counter} must grow to show {@code percent}: never negative, as
   * upstream only adds when progress moved forward.
   */
  public static double increment(double counter, double percent) {
    return Math.max(0.0, Math.min(100.0, percent) - counter);
  }
}
