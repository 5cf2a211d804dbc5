package io.jvirt.api.v1.vmi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Outcome of a request to abort a live migration. */
public enum MigrationAbortStatus {
  /** The migration was aborted. */
  @JsonProperty("Succeeded")
  SUCCEEDED,
  /** The abort did not work. */
  @JsonProperty("Failed")
  FAILED,
  /** The abort is under way. */
  @JsonProperty("Aborting")
  ABORTING
}
