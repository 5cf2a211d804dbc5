package io.jvirt.api.v1.guestagent;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A block device under a guest file system: its serial and bus as the agent reports them. */
@Data
public class FileSystemDisk extends Extensible {
  private String serial;

  private String busType;
}
