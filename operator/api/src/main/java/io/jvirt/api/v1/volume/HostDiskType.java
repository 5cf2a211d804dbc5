package io.jvirt.api.v1.volume;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a host disk image must already exist or may be created. */
public enum HostDiskType {
  /** The image must already exist at the path. */
  @JsonProperty("Disk")
  DISK,
  /** The image is created at the path when missing. */
  @JsonProperty("DiskOrCreate")
  DISK_OR_CREATE
}
