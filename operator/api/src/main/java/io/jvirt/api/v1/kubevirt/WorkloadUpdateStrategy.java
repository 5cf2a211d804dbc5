package io.jvirt.api.v1.kubevirt;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** How running VMIs are moved onto new launcher images after an update. */
@Data
public class WorkloadUpdateStrategy extends Extensible {
  /** LiveMigrate and/or Evict. */
  private List<String> workloadUpdateMethods;

  private Integer batchEvictionSize;

  /** A duration such as {@code 1m0s}. */
  private String batchEvictionInterval;
}
