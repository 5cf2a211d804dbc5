package io.jvirt.api.v1.domain;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import java.util.Map;
import lombok.Data;

/** Compute resources a VMI asks for and may not exceed. */
@Data
public class ResourceRequirements extends Extensible {
  private Map<String, Quantity> requests;

  private Map<String, Quantity> limits;

  /** When true, the guest overhead goes into the pod limit only, not into what is scheduled. */
  private Boolean overcommitGuestOverhead;
}
