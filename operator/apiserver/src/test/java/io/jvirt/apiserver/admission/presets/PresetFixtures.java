package io.jvirt.apiserver.admission.presets;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstancePresetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders of presets and VMIs for the preset tests. */
final class PresetFixtures {
  private PresetFixtures() {}

  /** A preset selecting {@code key=value} with the given domain. */
  static VirtualMachineInstancePreset preset(
      String name, String key, String value, DomainSpec domain) {
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(new LinkedHashMap<>(Map.of(key, value)));
    VirtualMachineInstancePreset preset = new VirtualMachineInstancePreset();
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace("default");
    preset.setMetadata(meta);
    preset.setSpec(new VirtualMachineInstancePresetSpec().setSelector(selector).setDomain(domain));
    return preset;
  }

  /** A preset selecting {@code flavor=small}. */
  static VirtualMachineInstancePreset small(String name, DomainSpec domain) {
    return preset(name, "flavor", "small", domain);
  }

  /** A VMI labelled {@code flavor=small} with the given domain. */
  static VirtualMachineInstance vmi(DomainSpec domain) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta meta = new ObjectMeta();
    meta.setName("testvmi");
    meta.setNamespace("default");
    meta.setLabels(new LinkedHashMap<>(Map.of("flavor", "small")));
    vmi.setMetadata(meta);
    vmi.setSpec(new VirtualMachineInstanceSpec().setDomain(domain));
    return vmi;
  }

  /** An empty domain with an empty devices section, as a VMI has one. */
  static DomainSpec domain() {
    return new DomainSpec().setDevices(new Devices());
  }
}
