package io.jvirt.bench;

/**
 * One measured figure beside upstream's published one and jvirt's target: {@code upstream} and
 * {@code target} may be null where there is none; lower is better unless {@code higherIsBetter}.
 */
public record Figure(
    String key,
    String label,
    double value,
    String unit,
    Double upstream,
    Double target,
    boolean higherIsBetter) {

  /** ours ÷ upstream, or NaN without an upstream figure. */
  public double ratio() {
    return upstream == null || upstream == 0 ? Double.NaN : value / upstream;
  }

  /** "pass", "miss", or "-" without a target (or without a measurement). */
  public String verdict() {
    if (target == null || Double.isNaN(value)) {
      return "-";
    }
    boolean met = higherIsBetter ? value >= target : value <= target;
    return met ? "pass" : "miss";
  }
}
