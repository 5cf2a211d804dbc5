package io.jvirt.apiserver.admission.presets;

import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the matching presets into a VMI being created, as upstream's VMI mutating webhook does
 * (preset.go applyPresets). The VMI and presets are never modified.
 */
public final class PresetApplier {
  /** VMI annotation that, set to {@code "true"}, keeps all presets away from the VMI. */
  public static final String EXCLUDE_ANNOTATION =
      "virtualmachineinstancepresets.admission.kubevirt.io/exclude";

  /** Prefix of the annotation recording an applied preset; the preset name follows. */
  public static final String APPLIED_ANNOTATION_PREFIX =
      "virtualmachinepreset." + KubevirtGroup.GROUP + "/";

  /** Admission warning upstream returns when the created VMI carries a preset annotation. */
  public static final String DEPRECATION_WARNING =
      "kubevirt.io/v1 VirtualMachineInstancePresets is now deprecated and will be removed in v2.";

  private PresetApplier() {}

  /**
   * Applies the presets (of the VMI's namespace) whose selector matches the VMI, in name order.
   *
   * @throws IllegalArgumentException when a preset selector is invalid (see {@link
   *     PresetMatcher#matching})
   */
  public static PresetResult apply(
      List<VirtualMachineInstancePreset> presets, VirtualMachineInstance vmi) {
    VirtualMachineInstanceSpec original =
        DeepCopies.of(vmi.getSpec(), VirtualMachineInstanceSpec.class);
    if (excluded(vmi)) {
      return new PresetResult(original, Map.of(), List.of(), List.of());
    }
    List<VirtualMachineInstancePreset> matching = PresetMatcher.matching(presets, vmi);
    if (matching.isEmpty()) {
      return new PresetResult(original, Map.of(), List.of(), List.of());
    }
    List<String> conflicts = conflictsBetween(matching);
    if (!conflicts.isEmpty()) {
      return new PresetResult(original, Map.of(), conflicts, List.of());
    }
    VirtualMachineInstanceSpec spec =
        original == null
            ? new VirtualMachineInstanceSpec()
            : DeepCopies.of(original, VirtualMachineInstanceSpec.class);
    if (spec.getDomain() == null) {
      spec.setDomain(new DomainSpec());
    }
    Map<String, String> annotations = new LinkedHashMap<>();
    List<String> notApplied = new ArrayList<>();
    for (VirtualMachineInstancePreset preset : matching) {
      String name = PresetMatcher.name(preset);
      DomainSpec domain = domainOf(preset);
      List<String> overridden = DomainMerge.conflicts(domain, spec.getDomain());
      boolean applied = DomainMerge.merge(domain, spec.getDomain());
      if (applied) {
        annotations.put(APPLIED_ANNOTATION_PREFIX + name, KubevirtGroup.API_VERSION);
        if (!overridden.isEmpty()) {
          notApplied.add(
              "Some settings were not applied for VirtualMachineInstancePreset '"
                  + name
                  + "': "
                  + PresetResult.aggregate(overridden));
        }
      } else {
        notApplied.add(
            "Unable to apply VirtualMachineInstancePreset '"
                + name
                + "'"
                + (overridden.isEmpty() ? "" : ": " + PresetResult.aggregate(overridden)));
      }
    }
    return new PresetResult(spec, annotations, List.of(), notApplied);
  }

  /** True when the VMI opts out of presets with {@link #EXCLUDE_ANNOTATION}{@code : "true"}. */
  public static boolean excluded(VirtualMachineInstance vmi) {
    Map<String, String> annotations =
        vmi.getMetadata() == null ? null : vmi.getMetadata().getAnnotations();
    return annotations != null && "true".equals(annotations.get(EXCLUDE_ANNOTATION));
  }

  /** Every pair of presets setting a field differently, each against the ones before it. */
  private static List<String> conflictsBetween(List<VirtualMachineInstancePreset> presets) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < presets.size(); i++) {
      for (int j = 0; j < i; j++) {
        List<String> fields =
            DomainMerge.conflicts(domainOf(presets.get(i)), domainOf(presets.get(j)));
        if (!fields.isEmpty()) {
          out.add(
              "presets '"
                  + PresetMatcher.name(presets.get(i))
                  + "' and '"
                  + PresetMatcher.name(presets.get(j))
                  + "' conflict: "
                  + PresetResult.aggregate(fields));
        }
      }
    }
    return out;
  }

  private static DomainSpec domainOf(VirtualMachineInstancePreset preset) {
    DomainSpec domain = preset.getSpec() == null ? null : preset.getSpec().getDomain();
    return domain == null ? new DomainSpec() : domain;
  }
}
