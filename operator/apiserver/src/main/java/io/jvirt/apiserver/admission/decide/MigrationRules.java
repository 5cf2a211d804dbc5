package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import java.util.List;

/**
 * The object-only rule of upstream's migration create admitter. The others (the VMI exists, is
 * live-migratable, has no other migration running) need the cluster and are checked elsewhere.
 */
public final class MigrationRules {
  private MigrationRules() {}

  /** Every rule the migration breaks on its own. */
  public static List<FieldError> check(VirtualMachineInstanceMigration migration) {
    String vmiName = migration.getSpec() == null ? null : migration.getSpec().getVmiName();
    if (vmiName == null || vmiName.isEmpty()) {
      return List.of(new FieldError("spec.vmiName", "vmiName is missing"));
    }
    return List.of();
  }
}
