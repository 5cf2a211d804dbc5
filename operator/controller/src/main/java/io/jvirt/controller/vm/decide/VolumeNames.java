package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.volume.Volume;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The names of the storage objects a VM refers to: DataVolumes and PersistentVolumeClaims. */
public final class VolumeNames {
  private VolumeNames() {}

  /** DataVolumes named by a template or by a {@code dataVolume} volume. */
  public static Set<String> dataVolumes(VirtualMachine vm) {
    Set<String> names = new LinkedHashSet<>(templates(vm));
    volumes(vm).stream()
        .filter(v -> v.getDataVolume() != null && v.getDataVolume().getName() != null)
        .forEach(v -> names.add(v.getDataVolume().getName()));
    return names;
  }

  /** Claims named by a {@code persistentVolumeClaim} or {@code dataVolume} volume. */
  public static Set<String> claims(VirtualMachine vm) {
    Set<String> names = new LinkedHashSet<>();
    for (Volume volume : volumes(vm)) {
      if (volume.getDataVolume() != null) {
        names.add(volume.getDataVolume().getName());
      } else if (volume.getPersistentVolumeClaim() != null) {
        names.add(volume.getPersistentVolumeClaim().getClaimName());
      }
    }
    names.remove(null);
    return names;
  }

  static List<Volume> volumes(VirtualMachine vm) {
    var spec = vm.getSpec();
    if (spec == null || spec.getTemplate() == null || spec.getTemplate().getSpec() == null) {
      return List.of();
    }
    List<Volume> volumes = spec.getTemplate().getSpec().getVolumes();
    return volumes == null ? List.of() : volumes;
  }

  static List<String> templates(VirtualMachine vm) {
    List<DataVolumeTemplateSpec> templates =
        vm.getSpec() == null ? null : vm.getSpec().getDataVolumeTemplates();
    if (templates == null) {
      return List.of();
    }
    return templates.stream()
        .map(t -> t.getMetadata() == null ? null : t.getMetadata().getName())
        .filter(Objects::nonNull)
        .toList();
  }
}
