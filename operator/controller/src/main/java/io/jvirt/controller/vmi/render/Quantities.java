package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Integer arithmetic on resource quantities, and their canonical text. */
final class Quantities {
  static final long KI = 1024L;
  static final long MI = KI * KI;
  static final long GI = MI * KI;

  private Quantities() {}

  /** Whole bytes (or units) of a quantity, rounded up like Kubernetes' Value(); 0 for null. */
  static long value(Quantity quantity) {
    if (quantity == null) {
      return 0;
    }
    return Quantity.getAmountInBytes(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** Thousandths of a quantity (CPU millicores), rounded up; 0 for null. */
  static long milliValue(Quantity quantity) {
    if (quantity == null) {
      return 0;
    }
    return Quantity.getAmountInBytes(quantity)
        .multiply(BigDecimal.valueOf(1000))
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** A byte count in the largest binary unit that divides it exactly, e.g. 416Mi. */
  static Quantity bytes(long bytes) {
    if (bytes != 0 && bytes % GI == 0) {
      return new Quantity(Long.toString(bytes / GI), "Gi");
    }
    if (bytes != 0 && bytes % MI == 0) {
      return new Quantity(Long.toString(bytes / MI), "Mi");
    }
    if (bytes != 0 && bytes % KI == 0) {
      return new Quantity(Long.toString(bytes / KI), "Ki");
    }
    return new Quantity(Long.toString(bytes));
  }

  /** A CPU amount from millicores: whole cores when exact, else e.g. 100m. */
  static Quantity millis(long millis) {
    if (millis % 1000 == 0) {
      return new Quantity(Long.toString(millis / 1000));
    }
    return new Quantity(Long.toString(millis), "m");
  }

  /** A fresh copy, so the rendered pod never shares mutable quantities with the VMI. */
  static Quantity copy(Quantity quantity) {
    return new Quantity(quantity.getAmount(), quantity.getFormat());
  }

  /** The quantity stored under {@code key}, or null when the map or the key is absent. */
  static Quantity get(Map<String, Quantity> map, String key) {
    return map == null ? null : map.get(key);
  }
}
