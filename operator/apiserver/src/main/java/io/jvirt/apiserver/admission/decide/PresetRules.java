package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstancePresetSpec;
import java.util.ArrayList;
import java.util.List;

/** The rules on a VirtualMachineInstancePreset: a valid selector and a domain to merge. */
public final class PresetRules {
  private PresetRules() {}

  /** Every rule the preset breaks. */
  public static List<FieldError> check(VirtualMachineInstancePreset preset) {
    VirtualMachineInstancePresetSpec spec =
        preset.getSpec() == null ? new VirtualMachineInstancePresetSpec() : preset.getSpec();
    List<FieldError> errors = new ArrayList<>();
    if (spec.getSelector() == null) {
      errors.add(new FieldError("spec.selector", "missing selector."));
    } else {
      Selectors.validate(spec.getSelector())
          .ifPresent(problem -> errors.add(new FieldError("spec.selector", problem)));
    }
    if (spec.getDomain() == null) {
      errors.add(new FieldError("spec.domain", "missing domain."));
    }
    return errors;
  }
}
