package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The container image holding the kernel and initrd for direct kernel boot. */
@Data
public class KernelBootContainer extends Extensible {
  @Required private String image;

  private String imagePullSecret;

  /** Always, Never or IfNotPresent, as for pods. */
  private String imagePullPolicy;

  private String kernelPath;

  private String initrdPath;
}
