package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** How CDI should be installed, and the configuration the operator pushes to CDIConfig. */
@Data
public class CDISpec extends Extensible {
  /**
   * {@code Always}, {@code IfNotPresent} or {@code Never}. A string, as fabric8 models a
   * container's pull policy, so the value passes to pod specs unchanged.
   */
  private String imagePullPolicy;

  private CdiUninstallStrategy uninstallStrategy;

  private CdiCloneStrategy cloneStrategyOverride;

  /** Priority class of the CDI control-plane pods. */
  private String priorityClass;

  /** Once set, it overrides CDIConfig's spec, which the operator rewrites from it. */
  private CDIConfigSpec config;
}
