package io.jvirt.api.v1.guestagent;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** The guest's file systems inside {@link GuestAgentInfo} (upstream's fsInfo). */
@Data
public class FileSystemInfo extends Extensible {
  private List<FileSystem> disks;
}
