package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade combines each kind's rules with the unsupported-feature check. */
class AdmissionRulesTest {
  private final AdmissionRules rules = new AdmissionRules();

  @Test
  void aVmVerdictCarriesRuleErrorsUnsupportedFeaturesAndTheWarning() {
    VirtualMachine vm = AdmissionFixtures.vm();
    vm.getSpec().setRunning(true);
    vm.getSpec().setUnmodelledField("instancetype", Map.of("name", "u1.small"));

    Verdict verdict = rules.validateVm(vm);

    assertThat(verdict.isAllowed()).isFalse();
    assertThat(verdict.errors())
        .extracting(FieldError::field)
        .containsExactly("spec.running", "spec.instancetype");
    assertThat(verdict.warnings()).hasSize(1);
  }

  @Test
  void aVmiIsCheckedWithTheSharedAndTheCreateOnlyRules() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().setResources(null);
    vmi.getSpec().setHostname("Not_A_Label");
    vmi.getSpec().getDomain().getDevices().setUnmodelledField("gpus", List.of());

    Verdict verdict = rules.validateVmiCreate(vmi);

    assertThat(verdict.errors())
        .extracting(FieldError::field)
        .containsExactly(
            "spec.domain.resources.requests.memory", "spec.hostname", "spec.domain.devices.gpus");
  }

  @Test
  void kubevirtItselfMaySetReservedLabels() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getMetadata().getLabels().put("kubevirt.io/nodeName", "node01");

    assertThat(rules.validateVmiCreate(vmi).isAllowed()).isFalse();
    assertThat(rules.validateVmiCreate(vmi, true).isAllowed()).isTrue();
  }
}
