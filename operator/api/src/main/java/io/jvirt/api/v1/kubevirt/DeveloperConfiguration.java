package io.jvirt.api.v1.kubevirt;

import io.jvirt.common.model.Extensible;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** Feature gates and emulation: the settings upstream groups under developerConfiguration. */
@Data
public class DeveloperConfiguration extends Extensible {
  private List<String> featureGates;

  /** Software emulation (TCG) for nodes without usable KVM. */
  private Boolean useEmulation;

  private Integer cpuAllocationRatio;

  private Integer memoryOvercommit;

  private Map<String, String> nodeSelectors;

  private Integer pvcTolerateLessSpaceUpToPercent;

  private Integer minimumReservePVCBytes;

  private Integer logVerbosity;
}
