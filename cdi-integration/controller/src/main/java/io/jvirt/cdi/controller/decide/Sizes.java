package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte arithmetic of claim sizes (upstream GetRequiredSpace and GetUsableSpace). */
public final class Sizes {
  /** One mebibyte, the granularity of every size CDI computes. */
  public static final long MIB = 1024L * 1024L;

  private Sizes() {}

  /** The bytes a quantity stands for, rounded up to whole bytes. */
  public static long bytes(Quantity quantity) {
    return Quantity.getAmountInBytes(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** {@code bytes} rounded up to a multiple of {@code unit}. */
  public static long roundUp(long bytes, long unit) {
    return (bytes + unit - 1) / unit * unit;
  }

  /** {@code bytes} rounded down to a multiple of {@code unit}. */
  public static long roundDown(long bytes, long unit) {
    return bytes / unit * unit;
  }

  /** The claim size that leaves {@code usable} bytes after the filesystem overhead. */
  public static long requiredSpace(BigDecimal overhead, long usable) {
    BigDecimal aligned = BigDecimal.valueOf(roundUp(usable, MIB));
    return aligned
        .multiply(BigDecimal.ONE.add(overhead))
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** The bytes a claim of {@code size} holds after the filesystem overhead, whole MiB. */
  public static long usableSpace(BigDecimal overhead, long size) {
    long usable =
        BigDecimal.valueOf(size)
            .divide(BigDecimal.ONE.add(overhead), 0, RoundingMode.CEILING)
            .longValueExact();
    return roundDown(usable, MIB);
  }

  /** A plain byte quantity, as upstream writes computed sizes. */
  public static Quantity quantity(long bytes) {
    return new Quantity(Long.toString(bytes));
  }
}
