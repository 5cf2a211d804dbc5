package io.jvirt.api.v1;

/** The run strategy a VM spec means, folding the deprecated {@code running} field in. */
public final class RunStrategies {
  private RunStrategies() {}

  /**
   * {@code running: true} is Always, {@code running: false} or neither field is Halted.
   *
   * @throws IllegalArgumentException when both fields are set
   */
  public static RunStrategy effective(VirtualMachineSpec spec) {
    Boolean running = spec == null ? null : spec.getRunning();
    RunStrategy strategy = spec == null ? null : spec.getRunStrategy();
    if (running != null && strategy != null) {
      throw new IllegalArgumentException("running and runstrategy are mutually exclusive");
    }
    if (strategy != null) {
      return strategy;
    }
    return Boolean.TRUE.equals(running) ? RunStrategy.ALWAYS : RunStrategy.HALTED;
  }

  /** {@link #effective} or null when the spec is contradictory. */
  public static RunStrategy effectiveOrNull(VirtualMachineSpec spec) {
    try {
      return effective(spec);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
