package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What CDI observed of a DataVolume: its claim, phase, progress and conditions. */
@Data
public class DataVolumeStatus extends Extensible {
  private String claimName;

  /** Unset until the first reconcile. */
  private DataVolumePhase phase;

  /** {@code N/A}, a percentage such as {@code 45.12%}, or exactly {@code 100.0%} when done. */
  private String progress;

  private Integer restartCount;

  private List<DataVolumeCondition> conditions;
}
