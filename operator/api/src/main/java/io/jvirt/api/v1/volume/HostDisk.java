package io.jvirt.api.v1.volume;

import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A disk image file on the node's filesystem. */
@Data
public class HostDisk extends Extensible {
  @Required private String path;

  @Required private HostDiskType type;

  /** Size of the image to create; only meaningful with DiskOrCreate. */
  private Quantity capacity;

  private Boolean shared;
}
