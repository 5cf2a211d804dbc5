package io.jvirt.bench;

import java.util.List;

/**
 * How much of a guest's RAM QEMU holds resident, read from its {@code /proc/<pid>/smaps}: the
 * guest's memory is one anonymous mapping the size of the guest, so everything else QEMU and the
 * launcher hold is overhead.
 */
public final class GuestRam {
  private GuestRam() {}

  /**
   * Resident KiB of the mapping of exactly {@code guestKib} (the largest one of that size), or -1
   * when no mapping has that size.
   */
  public static long residentKib(List<String> smaps, long guestKib) {
    long best = -1;
    boolean inGuest = false;
    for (String line : smaps) {
      if (line.startsWith("Size:")) {
        inGuest = kib(line) == guestKib;
      } else if (inGuest && line.startsWith("Rss:")) {
        best = Math.max(best, kib(line));
        inGuest = false;
      }
    }
    return best;
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
