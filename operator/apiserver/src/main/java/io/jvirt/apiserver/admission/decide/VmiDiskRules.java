package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.volume.Volume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Rules on the disks of a VMI spec: names, targets, backing volumes and boot order. */
final class VmiDiskRules {
  private VmiDiskRules() {}

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    List<Disk> disks = VmiParts.disks(spec);
    Map<String, Volume> volumes = volumesByName(spec);
    Map<String, Integer> firstIndexOfName = new HashMap<>();
    for (int i = 0; i < disks.size(); i++) {
      Disk disk = disks.get(i);
      String path = prefix + "domain.devices.disks[" + i + "]";
      Volume volume = volumes.get(disk.getName());
      if (volume == null) {
        errors.add(
            new FieldError(path + ".name", path + ".Name '" + disk.getName() + "' not found."));
      }
      Integer earlier = firstIndexOfName.putIfAbsent(disk.getName(), i);
      if (earlier != null) {
        String other = prefix + "domain.devices.disks[" + earlier + "]";
        errors.add(
            new FieldError(
                path + ".name", path + " and " + other + " must not have the same Name."));
      }
      if (targetCount(disk) > 1) {
        errors.add(new FieldError(path, path + " can only have a single target type defined"));
      }
      if (disk.getLun() != null && volume != null && !isClaim(volume)) {
        errors.add(
            new FieldError(
                path + ".lun",
                path + ".lun can only be mapped to a DataVolume or PersistentVolumeClaim volume."));
      }
    }
    errors.addAll(bootOrders(spec, prefix));
    return errors;
  }

  private static Map<String, Volume> volumesByName(VirtualMachineInstanceSpec spec) {
    Map<String, Volume> byName = new HashMap<>();
    VmiParts.volumes(spec).forEach(volume -> byName.putIfAbsent(volume.getName(), volume));
    return byName;
  }

  private static long targetCount(Disk disk) {
    return Stream.of(disk.getDisk(), disk.getLun(), disk.getCdrom())
        .filter(Objects::nonNull)
        .count();
  }

  private static boolean isClaim(Volume volume) {
    return volume.getPersistentVolumeClaim() != null || volume.getDataVolume() != null;
  }

  // Disks and interfaces share one boot order sequence: two devices may not claim the same slot.
  private static List<FieldError> bootOrders(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    List<Disk> disks = VmiParts.disks(spec);
    for (int i = 0; i < disks.size(); i++) {
      String path = prefix + "domain.devices.disks[" + i + "]";
      Integer order = disks.get(i).getBootOrder();
      if (order != null && order < 1) {
        errors.add(
            new FieldError(path + ".bootOrder", path + " must have a boot order > 0, if supplied"));
      } else if (order != null && !taken.add(order)) {
        errors.add(duplicateBootOrder(path));
      }
    }
    List<Interface> interfaces = VmiParts.interfaces(spec);
    for (int i = 0; i < interfaces.size(); i++) {
      Integer order = interfaces.get(i).getBootOrder();
      if (order != null && !taken.add(order)) {
        errors.add(duplicateBootOrder(prefix + "domain.devices.interfaces[" + i + "]"));
      }
    }
    return errors;
  }

  private static FieldError duplicateBootOrder(String devicePath) {
    String field = devicePath + ".bootOrder";
    return new FieldError(
        field, "Boot order for " + field + " already set for a different device.");
  }
}
