package io.jvirt.api.v1.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How QEMU submits a disk's I/O to the host. */
public enum DiskIO {
  /** A pool of user-space threads. */
  @JsonProperty("threads")
  THREADS,
  /** Linux native asynchronous I/O; best on fully preallocated storage. */
  @JsonProperty("native")
  NATIVE
}
