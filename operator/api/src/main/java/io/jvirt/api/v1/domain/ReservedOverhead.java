package io.jvirt.api.v1.domain;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Extra memory overhead reserved for a VMI, and whether its memory must be locked. */
@Data
public class ReservedOverhead extends Extensible {
  private Quantity addedOverhead;

  /** Required or NotRequired. */
  private String memLock;
}
