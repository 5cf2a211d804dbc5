package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Firmware identity and how the guest boots. */
@Data
public class Firmware extends Extensible {
  /** SMBIOS UUID; upstream generates one when unset. */
  private String uuid;

  private Bootloader bootloader;

  /** SMBIOS system serial number. */
  private String serial;

  private KernelBoot kernelBoot;
}
