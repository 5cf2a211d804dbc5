package io.jvirt.api.v1;

import io.jvirt.common.model.Extensible;
import java.util.Map;
import lombok.Data;

/** Which VMI to migrate, and extra node constraints for the target. */
@Data
public class VirtualMachineInstanceMigrationSpec extends Extensible {
  private String vmiName;

  private Map<String, String> addedNodeSelector;

  /** system-critical, user-triggered or system-maintenance. */
  private String priority;
}
