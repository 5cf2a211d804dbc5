package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rules on a VirtualMachine's dataVolumeTemplates: each is named, has one target storage
 * definition, and is used by a volume of the VMI template.
 */
final class DataVolumeTemplateRules {
  private DataVolumeTemplateRules() {}

  static List<FieldError> check(VirtualMachineSpec spec) {
    List<FieldError> errors = new ArrayList<>();
    List<DataVolumeTemplateSpec> templates = VmiParts.orEmpty(spec.getDataVolumeTemplates());
    for (int i = 0; i < templates.size(); i++) {
      // Upstream's path is the singular "dataVolumeTemplate"; matched on purpose.
      String path = "spec.dataVolumeTemplate[" + i + "]";
      DataVolumeTemplateSpec template = templates.get(i);
      String name = template.getMetadata() == null ? null : template.getMetadata().getName();
      if (name == null || name.isEmpty()) {
        errors.add(
            new FieldError(
                path + ".name",
                "'name' field must not be empty for DataVolumeTemplate entry " + path + ".name."));
        continue;
      }
      FieldError storage = storageProblem(template.getSpec(), path);
      if (storage != null) {
        errors.add(storage);
        continue;
      }
      if (!isReferenced(name, spec)) {
        errors.add(
            new FieldError(
                path,
                "DataVolumeTemplate entry "
                    + path
                    + " must be referenced in the VMI template's 'volumes' list"));
      }
    }
    return errors;
  }

  private static FieldError storageProblem(DataVolumeSpec spec, String path) {
    boolean pvc = spec != null && spec.getPvc() != null;
    boolean storage = spec != null && spec.getStorage() != null;
    if (!pvc && !storage) {
      return new FieldError(path + ".PVC.Storage", "Missing Data volume PVC or Storage");
    }
    if (pvc && storage) {
      return new FieldError(
          path + ".PVC.Storage",
          "Duplicate storage definition, both target storage and target pvc defined");
    }
    return null;
  }

  // A PVC volume of the same name counts too: the DataVolume's claim has the DataVolume's name.
  private static boolean isReferenced(String name, VirtualMachineSpec spec) {
    if (spec.getTemplate() == null) {
      return false;
    }
    for (Volume volume : VmiParts.volumes(spec.getTemplate().getSpec())) {
      boolean byDataVolume =
          volume.getDataVolume() != null && Objects.equals(volume.getDataVolume().getName(), name);
      boolean byClaim =
          volume.getPersistentVolumeClaim() != null
              && Objects.equals(volume.getPersistentVolumeClaim().getClaimName(), name);
      if (byDataVolume || byClaim) {
        return true;
      }
    }
    return false;
  }
}
