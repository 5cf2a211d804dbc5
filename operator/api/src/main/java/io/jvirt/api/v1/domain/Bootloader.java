package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Chooses BIOS or EFI firmware; set at most one. */
@Data
public class Bootloader extends Extensible {
  private BIOS bios;

  private EFI efi;
}
