package io.jvirt.cdi.importer.decide;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte sizes of the target: requested, usable after overhead (upstream GetUsableSpace). */
public final class ImportSizes {
  /** One mebibyte, the alignment of usable space. */
  public static final long MIB = 1024L * 1024L;

  private ImportSizes() {}

  /** The bytes of a Kubernetes quantity such as {@code 500Mi}; -1 when empty. */
  public static long bytes(String quantity) {
    if (quantity == null || quantity.isBlank()) {
      return -1;
    }
    try {
      return Quantity.getAmountInBytes(new Quantity(quantity.trim()))
          .setScale(0, RoundingMode.CEILING)
          .longValueExact();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ImportFailure("invalid image size " + quantity, e);
    }
  }

  /** The bytes a volume of {@code size} holds after the filesystem overhead, whole MiB. */
  public static long usableSpace(BigDecimal overhead, long size) {
    long usable =
        BigDecimal.valueOf(size)
            .divide(BigDecimal.ONE.add(overhead), 0, RoundingMode.CEILING)
            .longValueExact();
    return usable / MIB * MIB;
  }

  /**
   * The size to give the image: the smaller of the request and the available space (either may be
   * -1, unknown), less the overhead on a filesystem (upstream calculateTargetSize).
   */
  public static long targetSize(long requested, long available, BigDecimal overhead) {
    long size;
    if (available < 0) {
      size = requested;
    } else if (requested < 0) {
      size = available;
    } else {
      size = Math.min(requested, available);
    }
    if (size < 0 || overhead.signum() <= 0) {
      return size;
    }
    return usableSpace(overhead, size);
  }
}
