package io.jvirt.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a VirtualMachine keeps (or does not keep) its VirtualMachineInstance running. */
public enum RunStrategy {
  /** A VMI always exists; a finished one is created again. */
  @JsonProperty("Always")
  ALWAYS,
  /** A VMI is created again only after it failed. */
  @JsonProperty("RerunOnFailure")
  RERUN_ON_FAILURE,
  /** Started and stopped only by explicit start/stop requests. */
  @JsonProperty("Manual")
  MANUAL,
  /** No VMI exists. */
  @JsonProperty("Halted")
  HALTED,
  /** The VMI runs once and is not created again whatever way it ended. */
  @JsonProperty("Once")
  ONCE,
  /** The VMI waits as the target of a cross-cluster migration. */
  @JsonProperty("WaitAsReceiver")
  WAIT_AS_RECEIVER
}
