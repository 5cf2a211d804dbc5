package io.jvirt.controller.kubevirt.decide;

/**
 * What one installed component (a Deployment or the handler DaemonSet) reports: how many pods it
 * wants and how many are ready on the current revision. {@code present} is false when its object
 * does not exist.
 */
public record ComponentState(String name, boolean present, int desired, int ready, int updated) {

  /** A component whose object is missing. */
  public static ComponentState missing(String name) {
    return new ComponentState(name, false, 0, 0, 0);
  }

  /**
   * Ready when every wanted pod is ready and updated; a DaemonSet on a cluster without schedulable
   * nodes (desired 0) counts as ready, as upstream's operator treats it.
   */
  public boolean isReady() {
    return present && ready >= desired && updated >= desired;
  }

  /** Why it is not ready, for a condition message. */
  public String shortfall() {
    if (!present) {
      return name + " is missing";
    }
    return name + " has " + Math.min(ready, updated) + "/" + desired + " pods ready";
  }
}
