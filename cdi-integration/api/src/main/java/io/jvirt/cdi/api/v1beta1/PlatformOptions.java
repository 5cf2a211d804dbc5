package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Which variant of a multi-platform image a registry import should pick. */
@Data
public class PlatformOptions extends Extensible {
  /** CPU architecture, for example {@code amd64} or {@code arm64}. */
  private String architecture;
}
