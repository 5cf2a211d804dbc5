package io.jvirt.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a VirtualMachineInstance is in its life, from creation to a final phase. */
public enum VirtualMachineInstancePhase {
  /** Accepted; no launcher pod yet. */
  @JsonProperty("Pending")
  PENDING,
  /** The launcher pod exists and waits for a node. */
  @JsonProperty("Scheduling")
  SCHEDULING,
  /** The launcher pod runs on a node; virt-handler takes over. */
  @JsonProperty("Scheduled")
  SCHEDULED,
  /** The guest runs. */
  @JsonProperty("Running")
  RUNNING,
  /** The guest shut down by itself or was stopped: final. */
  @JsonProperty("Succeeded")
  SUCCEEDED,
  /** The guest or its pod crashed: final. */
  @JsonProperty("Failed")
  FAILED,
  /** Defined upstream, never set. */
  @JsonProperty("Unknown")
  UNKNOWN,
  /** The target of a cross-cluster migration waits for the source. */
  @JsonProperty("WaitingForSync")
  WAITING_FOR_SYNC;

  /** True for the phases a VMI never leaves. */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
