package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A preset needs a valid selector and a domain. */
class PresetRulesTest {
  private static final String PRESET =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachineInstancePreset
      metadata:
        name: preset-test
      spec:
        selector:
          matchLabels:
            flavor: small
        domain:
          resources:
            requests:
              memory: 128Mi
      """;

  @Test
  void theFixtureIsValid() {
    assertThat(PresetRules.check(preset())).isEmpty();
  }

  @Test
  void aPresetNeedsASelector() {
    VirtualMachineInstancePreset preset = preset();
    preset.getSpec().setSelector(null);

    assertThat(PresetRules.check(preset))
        .containsExactly(new FieldError("spec.selector", "missing selector."));
  }

  @Test
  void theSelectorMustBeValid() {
    VirtualMachineInstancePreset preset = preset();
    preset
        .getSpec()
        .getSelector()
        .setMatchExpressions(List.of(new LabelSelectorRequirement("flavor", "Is", List.of("x"))));

    assertThat(PresetRules.check(preset))
        .containsExactly(
            new FieldError("spec.selector", "\"Is\" is not a valid label selector operator"));
  }

  @Test
  void aPresetNeedsADomain() {
    VirtualMachineInstancePreset preset = preset();
    preset.getSpec().setDomain(null);

    assertThat(PresetRules.check(preset))
        .containsExactly(new FieldError("spec.domain", "missing domain."));
  }

  private static VirtualMachineInstancePreset preset() {
    return AdmissionFixtures.parse(PRESET, VirtualMachineInstancePreset.class);
  }
}
