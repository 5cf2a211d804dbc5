package io.jvirt.api.v1.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The bus a disk, LUN or cdrom is emulated on. */
public enum DiskBus {
  /** Paravirtual virtio block device. */
  @JsonProperty("virtio")
  VIRTIO,
  /** SATA controller. */
  @JsonProperty("sata")
  SATA,
  /** SCSI controller. */
  @JsonProperty("scsi")
  SCSI,
  /** USB mass storage. */
  @JsonProperty("usb")
  USB
}
