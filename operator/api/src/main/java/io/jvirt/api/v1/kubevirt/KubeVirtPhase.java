package io.jvirt.api.v1.kubevirt;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lifecycle phase of the KubeVirt CR. */
public enum KubeVirtPhase {
  /** Components are being created or updated. */
  @JsonProperty("Deploying")
  DEPLOYING,
  /** All components are ready. */
  @JsonProperty("Deployed")
  DEPLOYED,
  /** The CR is being deleted and components removed. */
  @JsonProperty("Deleting")
  DELETING,
  /** Components are gone. */
  @JsonProperty("Deleted")
  DELETED
}
