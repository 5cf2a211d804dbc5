package io.jvirt.apiserver.admission.presets;

import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the presets whose selector matches a VMI's labels (upstream preset.go filterPresets). */
public final class PresetMatcher {
  private PresetMatcher() {}

  /**
   * The presets matching {@code vmi}'s labels, sorted by name. A preset without a spec or selector
   * matches nothing.
   *
   * @throws IllegalArgumentException when a preset's selector is invalid: upstream rejects the VMI
   *     rather than skip a broken preset
   */
  public static List<VirtualMachineInstancePreset> matching(
      List<VirtualMachineInstancePreset> presets, VirtualMachineInstance vmi) {
    Map<String, String> labels = vmi.getMetadata() == null ? null : vmi.getMetadata().getLabels();
    for (VirtualMachineInstancePreset preset : presets) {
      if (preset.getSpec() != null) {
        Optional<String> error = Selectors.validate(preset.getSpec().getSelector());
        if (error.isPresent()) {
          throw new IllegalArgumentException(
              "VirtualMachineInstancePreset "
                  + name(preset)
                  + " has an invalid selector: "
                  + error.get());
        }
      }
    }
    return presets.stream()
        .filter(p -> p.getSpec() != null && Selectors.matches(p.getSpec().getSelector(), labels))
        .sorted(Comparator.comparing(PresetMatcher::name))
        .toList();
  }

  static String name(VirtualMachineInstancePreset preset) {
    return preset.getMetadata() == null || preset.getMetadata().getName() == null
        ? ""
        : preset.getMetadata().getName();
  }
}
