package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstanceMigrationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A migration must name the VMI it moves. */
class MigrationRulesTest {

  @ParameterizedTest(name = "vmiName \"{0}\"")
  @NullAndEmptySource
  void aMigrationNamesItsVmi(String vmiName) {
    assertThat(MigrationRules.check(migration(vmiName)))
        .containsExactly(new FieldError("spec.vmiName", "vmiName is missing"));
  }

  @ParameterizedTest(name = "vmiName \"{0}\"")
  @ValueSource(strings = {"vmi-masquerade-web"})
  void aNamedVmiIsEnough(String vmiName) {
    assertThat(MigrationRules.check(migration(vmiName))).isEmpty();
  }

  @Test
  void aMigrationWithoutSpecHasNoVmi() {
    assertThat(MigrationRules.check(new VirtualMachineInstanceMigration())).hasSize(1);
  }

  private static VirtualMachineInstanceMigration migration(String vmiName) {
    VirtualMachineInstanceMigrationSpec spec = new VirtualMachineInstanceMigrationSpec();
    spec.setVmiName(vmiName);
    VirtualMachineInstanceMigration migration = new VirtualMachineInstanceMigration();
    migration.setSpec(spec);
    return migration;
  }
}
