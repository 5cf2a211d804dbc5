package io.jvirt.api.v1.volume;

import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A blank sparse disk that lives and dies with the VMI. */
@Data
public class EmptyDiskSource extends Extensible {
  @Required private Quantity capacity;
}
