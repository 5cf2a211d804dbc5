package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** IOThread options for disks. */
@Data
public class DiskIOThreads extends Extensible {
  /** Only used by the supplementalPool IOThreads policy. */
  private Integer supplementalPoolThreadCount;
}
