package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules upstream's VirtualMachine admitter applies on create and update. The value of
 * runStrategy needs no rule here: the CRD lists the allowed values, so the API server refuses any
 * other before admission runs. The template is checked with {@link VmiSpecRules} but not with the
 * VMI-create-only rules, because the VM controller adds default disks when it creates the VMI.
 */
public final class VmRules {
  static final String RUNNING_DEPRECATED =
      "spec.running is deprecated, please use spec.runStrategy instead.";

  private VmRules() {}

  /** The errors and the deprecation warning for this VM. */
  public static Verdict check(VirtualMachine vm) {
    VirtualMachineSpec spec = vm.getSpec() == null ? new VirtualMachineSpec() : vm.getSpec();
    List<FieldError> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (spec.getRunning() != null) {
      warnings.add(RUNNING_DEPRECATED);
      if (spec.getRunStrategy() != null) {
        errors.add(
            new FieldError(
                "spec.running",
                "Running and RunStrategy are mutually exclusive. Note that Running is deprecated,"
                    + " please use RunStrategy instead"));
      }
    } else if (spec.getRunStrategy() == null) {
      errors.add(new FieldError("spec.running", "RunStrategy must be specified"));
    }
    if (spec.getTemplate() == null) {
      errors.add(new FieldError("spec.template", "missing virtual machine template."));
      return new Verdict(errors, warnings);
    }
    errors.addAll(VmiSpecRules.check(spec.getTemplate().getSpec(), "spec.template.spec."));
    errors.addAll(DataVolumeTemplateRules.check(spec));
    errors.addAll(
        TemplateMetadataRules.check(spec.getTemplate().getMetadata(), "spec.template.metadata"));
    return new Verdict(errors, warnings);
  }
}
