package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What the operator observed of the CDI installation: phase, conditions and versions. */
@Data
public class CDIStatus extends Extensible {
  private CdiPhase phase;

  /** Available, Progressing and Degraded. */
  private List<CdiCondition> conditions;

  private String operatorVersion;

  private String targetVersion;

  private String observedVersion;
}
