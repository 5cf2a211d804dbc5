package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The VMI spec rules upstream applies wherever a VMI spec appears: on VMI creation and in the
 * templates of VirtualMachines and VMI ReplicaSets. Reserved labels, required memory and disks for
 * every volume are VMI-create concerns and live in {@link VmiCreateRules}.
 */
public final class VmiSpecRules {
  private VmiSpecRules() {}

  /**
   * Every rule the spec breaks. {@code prefix} is the path of the spec, with a trailing dot: {@code
   * "spec."} for a VMI, {@code "spec.template.spec."} for a VM or ReplicaSet template.
   */
  public static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    if (spec == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(VmiDiskRules.check(spec, prefix));
    errors.addAll(VmiVolumeRules.check(spec, prefix));
    errors.addAll(VmiResourceRules.check(spec, prefix));
    errors.addAll(VmiNetworkRules.check(spec, prefix));
    errors.addAll(VmiAccessCredentialRules.check(spec, prefix));
    errors.addAll(VmiLimitRules.check(spec, prefix));
    errors.addAll(CloudInitRules.check(spec, prefix));
    errors.addAll(names(spec, prefix));
    return errors;
  }

  private static List<FieldError> names(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    String hostname = spec.getHostname();
    if (hostname != null && !hostname.isEmpty()) {
      List<String> problems = Dns1123.labelErrors(hostname);
      if (!problems.isEmpty()) {
        String field = prefix + "hostname";
        errors.add(
            new FieldError(
                field,
                field
                    + " does not conform to the kubernetes DNS_LABEL rules : "
                    + String.join(", ", problems)));
      }
    }
    String subdomain = spec.getSubdomain();
    if (subdomain != null && !subdomain.isEmpty()) {
      List<String> problems = Dns1123.subdomainErrors(subdomain);
      if (!problems.isEmpty()) {
        String field = prefix + "subdomain";
        errors.add(
            new FieldError(
                field,
                field
                    + " does not conform to the kubernetes DNS_SUBDOMAIN rules : "
                    + String.join(", ", problems)));
      }
    }
    return errors;
  }
}
