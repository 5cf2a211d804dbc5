package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.util.ArrayList;
import java.util.List;

/**
 * What virt-api's validating webhooks decide for each kind: upstream's rules followed by jvirt's
 * rejection of features it cannot run. Stateless; the webhook handlers call it with the object
 * under review (after the mutating webhooks ran) and turn the verdict into an AdmissionResponse.
 */
public final class AdmissionRules {

  /** The verdict on a VirtualMachine being created or updated. */
  public Verdict validateVm(VirtualMachine vm) {
    return VmRules.check(vm).and(errors(UnsupportedFeatures.findOnVm(vm)));
  }

  /** The verdict on a VMI being created by a user. */
  public Verdict validateVmiCreate(VirtualMachineInstance vmi) {
    return validateVmiCreate(vmi, false);
  }

  /**
   * The verdict on a VMI being created; {@code byKubeVirt} is true when the requester is one of
   * KubeVirt's service accounts, which may set reserved labels.
   */
  public Verdict validateVmiCreate(VirtualMachineInstance vmi, boolean byKubeVirt) {
    List<FieldError> errors = new ArrayList<>(VmiCreateRules.check(vmi, byKubeVirt));
    errors.addAll(VmiSpecRules.check(vmi.getSpec(), "spec."));
    errors.addAll(UnsupportedFeatures.find(vmi.getSpec(), "spec."));
    return errors(errors);
  }

  /** The verdict on a VMI ReplicaSet being created or updated. */
  public Verdict validateReplicaSet(VirtualMachineInstanceReplicaSet replicaSet) {
    List<FieldError> errors = new ArrayList<>(ReplicaSetRules.check(replicaSet));
    if (replicaSet.getSpec() != null && replicaSet.getSpec().getTemplate() != null) {
      errors.addAll(
          UnsupportedFeatures.find(
              replicaSet.getSpec().getTemplate().getSpec(), "spec.template.spec."));
    }
    return errors(errors);
  }

  /** The verdict on a VMI preset being created or updated. */
  public Verdict validatePreset(VirtualMachineInstancePreset preset) {
    List<FieldError> errors = new ArrayList<>(PresetRules.check(preset));
    if (preset.getSpec() != null) {
      errors.addAll(UnsupportedFeatures.findInDomain(preset.getSpec().getDomain(), "spec.domain."));
    }
    return errors(errors);
  }

  /** The verdict on a migration being created, as far as the object alone tells. */
  public Verdict validateMigration(VirtualMachineInstanceMigration migration) {
    List<FieldError> errors = new ArrayList<>(MigrationRules.check(migration));
    errors.addAll(UnsupportedFeatures.findOnMigration(migration));
    return errors(errors);
  }

  /** The verdict on a DataVolume being created, as far as the object alone tells. */
  public Verdict validateDataVolume(DataVolume dataVolume) {
    List<FieldError> errors = new ArrayList<>(DataVolumeRules.check(dataVolume));
    errors.addAll(UnsupportedFeatures.findOnDataVolume(dataVolume));
    return errors(errors);
  }

  private static Verdict errors(List<FieldError> errors) {
    return new Verdict(errors, List.of());
  }
}
