package io.jvirt.api.v1.guestagent;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** A mounted file system of the guest (upstream's VirtualMachineInstanceFileSystem). */
@Data
public class FileSystem extends Extensible {
  private String diskName;

  private String mountPoint;

  private String fileSystemType;

  private long usedBytes;

  private long totalBytes;

  /** The block devices under it; omitted when the agent names none. */
  private List<FileSystemDisk> disk;
}
