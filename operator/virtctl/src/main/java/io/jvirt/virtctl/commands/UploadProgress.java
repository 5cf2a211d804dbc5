package io.jvirt.virtctl.commands;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Shows how much of the image is sent: a bar redrawn in place on a terminal, else one line per
 * tenth.
 */
final class UploadProgress implements LongConsumer {
  private static final int WIDTH = 40;
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private final PrintStream out;
  private final boolean terminal;
  private long total;
  private long sent;
  private long shown = -1;

  UploadProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Starts over at zero of {@code size} bytes. */
  void start(long size) {
    total = size;
    sent = 0;
    shown = -1;
    show();
  }

  @Override
  public synchronized void accept(long bytes) {
    sent += bytes;
    show();
  }

  /** Ends the bar's line. */
  synchronized void finish() {
    if (terminal) {
      out.println();
    }
    out.flush();
  }

  private void show() {
    long step = total == 0 ? 10_000 : sent * 10_000 / total;
    if (!terminal) {
      step = step / 1_000 * 1_000;
    }
    if (step == shown) {
      return;
    }
    shown = step;
    if (terminal) {
      out.print("\r" + line(step));
    } else {
      out.println(line(step));
    }
    out.flush();
  }

  /** {@code 1.50 MiB / 2.00 MiB [=====> ] 75.00%}; hundredths of a percent in {@code step}. */
  String line(long step) {
    int filled = (int) (step * WIDTH / 10_000);
    StringBuilder bar = new StringBuilder("[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    bar.append(']');
    return String.format(
        Locale.ROOT,
        "%s / %s %s %d.%02d%%",
        bytes(sent),
        bytes(total),
        bar,
        step / 100,
        step % 100);
  }

  /** Bytes in binary units with two decimals, as upstream's bar prints them. */
  static String bytes(long count) {
    double value = count;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? count + " B" : String.format(Locale.ROOT, "%.2f %s", value, UNITS[unit]);
  }
}
