package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Backs guest memory with hugepages of one size. */
@Data
public class Hugepages extends Extensible {
  /** For example 2Mi or 1Gi; upstream types it as a plain string, not a quantity. */
  private String pageSize;
}
