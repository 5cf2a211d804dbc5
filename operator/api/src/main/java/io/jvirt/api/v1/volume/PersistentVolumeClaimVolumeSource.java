package io.jvirt.api.v1.volume;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A PVC of the VMI's namespace attached directly to the guest. */
@Data
public class PersistentVolumeClaimVolumeSource extends Extensible {
  @Required private String claimName;

  private Boolean readOnly;

  private Boolean hotpluggable;
}
