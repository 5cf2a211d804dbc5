package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Legacy BIOS boot settings. */
@Data
public class BIOS extends Extensible {
  private Boolean useSerial;
}
