package io.jvirt.api.v1.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a disk's writes reach the host. */
public enum DiskCache {
  /** No host page cache. */
  @JsonProperty("none")
  NONE,
  /** Host page cache, each write flushed to the medium before it completes. */
  @JsonProperty("writethrough")
  WRITETHROUGH,
  /** Host page cache, writes complete before reaching the medium. */
  @JsonProperty("writeback")
  WRITEBACK
}
