package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Direct kernel boot: a kernel and initrd taken from a container image. */
@Data
public class KernelBoot extends Extensible {
  private String kernelArgs;

  private KernelBootContainer container;
}
