package io.jvirt.launcher.domain.model;

import java.util.Locale;

/** libvirt's memory units (formatdomain "Memory Allocation"): powers of 1000 and of 1024. */
public final class MemoryUnits {
  private MemoryUnits() {}

  /** {@code value} in {@code unit} as bytes; libvirt's default unit is KiB. */
  public static long toBytes(long value, String unit) {
    return Math.multiplyExact(value, factor(unit));
  }

  private static long factor(String unit) {
    if (unit == null || unit.isEmpty()) {
      return 1024L;
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "b", "bytes" -> 1L;
      case "kb" -> 1000L;
      case "k", "kib" -> 1024L;
      case "mb" -> 1000L * 1000;
      case "m", "mib" -> 1024L * 1024;
      case "gb" -> 1000L * 1000 * 1000;
      case "g", "gib" -> 1024L * 1024 * 1024;
      case "tb" -> 1000L * 1000 * 1000 * 1000;
      case "t", "tib" -> 1024L * 1024 * 1024 * 1024;
      default -> throw new IllegalArgumentException("unknown libvirt memory unit " + unit);
    };
  }
}
