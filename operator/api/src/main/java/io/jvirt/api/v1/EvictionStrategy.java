package io.jvirt.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to a VMI when its node is drained. */
public enum EvictionStrategy {
  /** The VMI is shut down with the node. */
  @JsonProperty("None")
  NONE,
  /** The VMI must live-migrate; the drain waits for it. */
  @JsonProperty("LiveMigrate")
  LIVE_MIGRATE,
  /** Live-migrate when possible, shut down otherwise. */
  @JsonProperty("LiveMigrateIfPossible")
  LIVE_MIGRATE_IF_POSSIBLE,
  /** An external controller decides; the drain is blocked. */
  @JsonProperty("External")
  EXTERNAL
}
