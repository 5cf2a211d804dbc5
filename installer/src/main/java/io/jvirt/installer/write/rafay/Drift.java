package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Rafay drift detection: {@code Notify} reports out-of-band edits, {@code Deny} blocks them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"enabled", "action"})
public record Drift(Boolean enabled, String action) {

  /**
   * Report drift without blocking it: virtctl start/stop and KubeVirt's own defaulting patch VMs,
   * and {@code Deny} would fight them (pain point P12).
   */
  public static Drift notifyOnly() {
    return new Drift(true, "Notify");
  }

  /** No drift detection (the only value Rafay namespaces accept). */
  public static Drift disabled() {
    return new Drift(false, null);
  }
}
