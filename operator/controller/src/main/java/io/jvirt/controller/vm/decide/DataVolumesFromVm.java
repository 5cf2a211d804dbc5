package io.jvirt.controller.vm.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.RunStrategies;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.contract.KubevirtLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DataVolumes a VM's {@code spec.dataVolumeTemplates} ask for and that do not exist yet, built
 * as upstream does: the template's labels and annotations, the VM as controller owner, the {@code
 * kubevirt.io/created-by} label, claim adoption allowed, and the VMI's priority class by default.
 */
public final class DataVolumesFromVm {
  /** CDI annotation letting a DataVolume take over an existing PVC of its name. */
  public static final String ALLOW_CLAIM_ADOPTION = "cdi.kubevirt.io/allowClaimAdoption";

  private DataVolumesFromVm() {}

  /**
   * True when the VM's template DataVolumes are created now: always while it lives, unless it
   * defers creation ({@code kubevirt.io/immediate-data-volume-creation: "false"}) and is Halted.
   */
  public static boolean shouldCreate(VirtualMachine vm) {
    if (vm.getMetadata().getDeletionTimestamp() != null) {
      return false;
    }
    return VolumeStates.immediateDataVolumeCreation(vm)
        || RunStrategies.effectiveOrNull(vm.getSpec()) != RunStrategy.HALTED;
  }

  /** True when every DataVolume the VM names exists in a phase a VMI can use. */
  public static boolean allReady(VirtualMachine vm, Map<String, DataVolume> dataVolumes) {
    return VolumeNames.dataVolumes(vm).stream()
        .map(dataVolumes::get)
        .allMatch(VolumeStates::usable);
  }

  /** The DataVolumes to create; {@code existing} maps DataVolume names already present. */
  public static List<DataVolume> missing(VirtualMachine vm, Map<String, DataVolume> existing) {
    List<DataVolume> missing = new ArrayList<>();
    List<DataVolumeTemplateSpec> templates =
        vm.getSpec() == null ? null : vm.getSpec().getDataVolumeTemplates();
    if (templates == null) {
      return missing;
    }
    for (DataVolumeTemplateSpec template : templates) {
      String name = template.getMetadata() == null ? null : template.getMetadata().getName();
      if (name != null && !existing.containsKey(name)) {
        missing.add(build(vm, template));
      }
    }
    return missing;
  }

  private static DataVolume build(VirtualMachine vm, DataVolumeTemplateSpec template) {
    ObjectMeta meta = DeepCopies.of(template.getMetadata(), ObjectMeta.class);
    meta.setNamespace(vm.getMetadata().getNamespace());
    meta.setResourceVersion(null);
    meta.setUid(null);
    Map<String, String> labels =
        meta.getLabels() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(meta.getLabels());
    labels.put(KubevirtLabels.CREATED_BY, vm.getMetadata().getUid());
    meta.setLabels(labels);
    Map<String, String> annotations =
        meta.getAnnotations() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(meta.getAnnotations());
    annotations.put(ALLOW_CLAIM_ADOPTION, "true");
    meta.setAnnotations(annotations);
    meta.setOwnerReferences(List.of(VmiFromVm.ownerReference(vm)));
    DataVolumeSpec spec = DeepCopies.of(template.getSpec(), DataVolumeSpec.class);
    String vmiPriority =
        vm.getSpec().getTemplate() == null || vm.getSpec().getTemplate().getSpec() == null
            ? null
            : vm.getSpec().getTemplate().getSpec().getPriorityClassName();
    if (spec.getPriorityClassName() == null && vmiPriority != null) {
      spec.setPriorityClassName(vmiPriority);
    }
    DataVolume dv = new DataVolume();
    dv.setMetadata(meta);
    dv.setSpec(spec);
    return dv;
  }
}
