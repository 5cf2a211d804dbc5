package io.jvirt.api.v1;

import io.jvirt.api.v1.vmi.MigrationState;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Progress of a migration. */
@Data
public class VirtualMachineInstanceMigrationStatus extends Extensible {
  /**
   * Pending, Scheduling, Scheduled, PreparingTarget, TargetReady, Running, Succeeded, Failed,
   * WaitingForSync or Synchronizing.
   */
  private String phase;

  private List<Condition> conditions;

  private List<PhaseTransitionTimestamp> phaseTransitionTimestamps;

  private MigrationState migrationState;
}
