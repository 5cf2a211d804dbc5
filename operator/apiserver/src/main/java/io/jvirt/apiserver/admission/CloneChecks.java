package io.jvirt.apiserver.admission;

import io.fabric8.kubernetes.api.model.authentication.UserInfo;
import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.apiserver.admission.decide.FieldError;
import io.jvirt.apiserver.admission.decide.Verdict;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clone authorization at admission, as upstream: CDI's DataVolume webhook refuses a clone whose
 * author may not create {@code datavolumes/source} in the source namespace, KubeVirt's VM webhook
 * does the same for clone dataVolumeTemplates.
 */
final class CloneChecks {
  private CloneChecks() {}

  /** The refusal of a DataVolume created in {@code namespace} by {@code user}, if any. */
  static Verdict dataVolume(
      DataVolume dv, String namespace, UserInfo user, CloneAuthorization clones) {
    return refusal(dv.getSpec(), namespace, user, clones)
        .map(m -> new Verdict(List.of(new FieldError("spec.source.PVC.namespace", m)), List.of()))
        .orElse(Verdict.allowed());
  }

  /** The refusals of a VM's clone templates, if any. */
  static Verdict templates(
      VirtualMachine vm, String namespace, UserInfo user, CloneAuthorization clones) {
    List<DataVolumeTemplateSpec> templates =
        vm.getSpec() == null || vm.getSpec().getDataVolumeTemplates() == null
            ? List.of()
            : vm.getSpec().getDataVolumeTemplates();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      String field = "spec.dataVolumeTemplates[" + i + "]";
      refusal(templates.get(i).getSpec(), namespace, user, clones)
          .ifPresent(
              m -> errors.add(new FieldError(field, "Authorization failed, message is: " + m)));
    }
    return new Verdict(errors, List.of());
  }

  private static Optional<String> refusal(
      DataVolumeSpec spec, String namespace, UserInfo user, CloneAuthorization clones) {
    if (spec != null
        && spec.getSourceRef() != null
        && "DataSource".equals(spec.getSourceRef().getKind())) {
      // the DataSource's PVC lives in its namespace (chains stay within one namespace)
      String refNamespace = spec.getSourceRef().getNamespace();
      return clones.refusal(
          user,
          refNamespace == null || refNamespace.isEmpty() ? namespace : refNamespace,
          spec.getSourceRef().getName());
    }
    if (spec == null || spec.getSource() == null || spec.getSource().getPvc() == null) {
      return Optional.empty();
    }
    DataVolumeSourcePVC pvc = spec.getSource().getPvc();
    String sourceNamespace =
        pvc.getNamespace() == null || pvc.getNamespace().isEmpty() ? namespace : pvc.getNamespace();
    return clones.refusal(user, sourceNamespace, pvc.getName());
  }
}
