package io.jvirt.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The action of a state change request. */
public enum StateChangeAction {
  /** Create the VMI. */
  @JsonProperty("Start")
  START,
  /** Delete the VMI. */
  @JsonProperty("Stop")
  STOP
}
