package io.jvirt.cdi.api.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the CDI installation is in its life, as the operator reports it. */
public enum CdiPhase {
  /** First deployment of the components is under way. */
  @JsonProperty("Deploying")
  DEPLOYING,
  /** All components are deployed and ready. */
  @JsonProperty("Deployed")
  DEPLOYED,
  /** Components are moving to a new version. */
  @JsonProperty("Upgrading")
  UPGRADING,
  /** The CR is being deleted and components are being removed. */
  @JsonProperty("Deleting")
  DELETING,
  /** Components are removed; the finalizer is about to go. */
  @JsonProperty("Deleted")
  DELETED,
  /** The CR is not the active installation, or reconciling failed. */
  @JsonProperty("Error")
  ERROR
}
