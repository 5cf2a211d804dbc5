package io.jvirt.launcher.domain.render;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Kubernetes quantities as the whole numbers libvirt wants. */
final class Quantities {
  private Quantities() {}

  /** Bytes, rounded down (a fractional byte count is not a size). */
  static long bytes(Quantity quantity, String field) {
    BigDecimal amount = amount(quantity, field);
    if (amount.signum() < 0) {
      throw new ConversionException(field, "must not be negative, is " + quantity);
    }
    return amount.setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /** A count rounded up, as Kubernetes' Quantity.Value() does: 250m CPU is 1. */
  static long ceil(Quantity quantity, String field) {
    return amount(quantity, field).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static BigDecimal amount(Quantity quantity, String field) {
    try {
      return quantity.getNumericalAmount();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ConversionException(field, "is not a quantity: " + quantity);
    }
  }
}
