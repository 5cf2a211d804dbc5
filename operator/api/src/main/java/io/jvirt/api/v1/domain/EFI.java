package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** EFI boot settings. */
@Data
public class EFI extends Extensible {
  /** Defaults to true upstream, which also needs the smm feature. */
  private Boolean secureBoot;

  /** Keep the EFI variable store across reboots. */
  private Boolean persistent;
}
