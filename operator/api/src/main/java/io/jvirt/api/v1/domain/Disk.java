package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A guest disk, cdrom or LUN, bound by name to a volume of the VMI. */
@Data
public class Disk extends Extensible {
  /** Also the name of the volume that backs this disk. */
  @Required private String name;

  /** At most one of disk, lun and cdrom; none means a plain disk. */
  private DiskTarget disk;

  private LunTarget lun;

  private CDRomTarget cdrom;

  /** Lower boots first; must be unique across disks and interfaces. */
  private Integer bootOrder;

  private String serial;

  private Boolean dedicatedIOThread;

  private DiskCache cache;

  private DiskIO io;

  /** Exposed to the guest through config drive metadata. */
  private String tag;

  private Boolean shareable;

  /** stop, ignore, report or enospace; upstream defaults to stop. */
  private String errorPolicy;
}
