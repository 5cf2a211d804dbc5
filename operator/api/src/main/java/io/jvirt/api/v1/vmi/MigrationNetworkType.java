package io.jvirt.api.v1.vmi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which network carries live migration traffic. */
public enum MigrationNetworkType {
  /** The pod network. */
  @JsonProperty("Pod")
  POD,
  /** A dedicated migration network. */
  @JsonProperty("Migration")
  MIGRATION
}
