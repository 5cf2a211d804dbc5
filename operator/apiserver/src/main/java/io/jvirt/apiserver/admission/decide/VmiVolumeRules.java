package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.volume.Volume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Rules on the volumes of a VMI spec: unique names and exactly one source each. */
final class VmiVolumeRules {
  private VmiVolumeRules() {}

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    List<Volume> volumes = VmiParts.volumes(spec);
    Map<String, Integer> firstIndexOfName = new HashMap<>();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      String path = prefix + "volumes[" + i + "]";
      Integer earlier = firstIndexOfName.putIfAbsent(volume.getName(), i);
      if (earlier != null) {
        String other = prefix + "volumes[" + earlier + "]";
        errors.add(
            new FieldError(
                path + ".name", path + " and " + other + " must not have the same Name."));
      }
      if (sourceCount(volume) != 1) {
        errors.add(new FieldError(path, path + " must have exactly one source type set"));
      }
      if (volume.getDataVolume() != null && isBlank(volume.getDataVolume().getName())) {
        errors.add(new FieldError(path + ".name", "DataVolume 'name' must be set"));
      }
    }
    return errors;
  }

  /**
   * Every source field that is set, modelled or not: upstream's Volume has no other fields than its
   * name and its sources, so each unmodelled field (sysprep, downwardMetrics...) is a source.
   */
  static long sourceCount(Volume volume) {
    long modelled =
        Stream.of(
                volume.getContainerDisk(),
                volume.getCloudInitNoCloud(),
                volume.getCloudInitConfigDrive(),
                volume.getPersistentVolumeClaim(),
                volume.getDataVolume(),
                volume.getEmptyDisk(),
                volume.getEphemeral(),
                volume.getHostDisk(),
                volume.getConfigMap(),
                volume.getSecret(),
                volume.getServiceAccount())
            .filter(Objects::nonNull)
            .count();
    return modelled + VmiParts.presentKeys(volume.getUnmodelledFields()).size();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isEmpty();
  }
}
