package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.volume.Volume;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Null-safe access to the parts of a VMI spec the rules walk: manifests may leave out any list or
 * section, and a rule should see an empty list rather than handle null itself.
 */
final class VmiParts {
  private VmiParts() {}

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  static DomainSpec domain(VirtualMachineInstanceSpec spec) {
    return spec == null || spec.getDomain() == null ? new DomainSpec() : spec.getDomain();
  }

  static Devices devices(VirtualMachineInstanceSpec spec) {
    Devices devices = domain(spec).getDevices();
    return devices == null ? new Devices() : devices;
  }

  static List<Disk> disks(VirtualMachineInstanceSpec spec) {
    return orEmpty(devices(spec).getDisks());
  }

  static List<Interface> interfaces(VirtualMachineInstanceSpec spec) {
    return orEmpty(devices(spec).getInterfaces());
  }

  static List<Volume> volumes(VirtualMachineInstanceSpec spec) {
    return spec == null ? List.of() : orEmpty(spec.getVolumes());
  }

  static List<Network> networks(VirtualMachineInstanceSpec spec) {
    return spec == null ? List.of() : orEmpty(spec.getNetworks());
  }

  /** Keys of an unmodelled-field map whose value is present; an explicit null counts as absent. */
  static List<String> presentKeys(Map<String, Object> unmodelled) {
    return unmodelled.entrySet().stream()
        .filter(e -> Objects.nonNull(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
