package io.jvirt.api.v1.vmi;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How memory is being moved by a running live migration. */
public enum MigrationMode {
  /** Memory is copied while the guest keeps running on the source. */
  @JsonProperty("PreCopy")
  PRE_COPY,
  /** The guest already runs on the target and fetches missing pages from the source. */
  @JsonProperty("PostCopy")
  POST_COPY,
  /** The guest is paused while it is migrated. */
  @JsonProperty("Paused")
  PAUSED
}
