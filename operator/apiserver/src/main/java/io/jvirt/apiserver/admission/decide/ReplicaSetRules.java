package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of upstream's VMI ReplicaSet admitter: a template the selector matches, a valid
 * selector, a non-negative replica count, and the shared VMI spec rules on the template.
 */
public final class ReplicaSetRules {
  private ReplicaSetRules() {}

  /** Every rule the replica set breaks. */
  public static List<FieldError> check(VirtualMachineInstanceReplicaSet replicaSet) {
    VirtualMachineInstanceReplicaSetSpec spec =
        replicaSet.getSpec() == null
            ? new VirtualMachineInstanceReplicaSetSpec()
            : replicaSet.getSpec();
    List<FieldError> errors = new ArrayList<>();
    if (spec.getReplicas() != null && spec.getReplicas() < 0) {
      errors.add(
          new FieldError("spec.replicas", "spec.replicas must be greater than or equal to 0"));
    }
    VirtualMachineInstanceTemplateSpec template = spec.getTemplate();
    if (template == null) {
      errors.add(new FieldError("spec.template", "missing virtual machine template."));
      return errors;
    }
    errors.addAll(VmiSpecRules.check(template.getSpec(), "spec.template.spec."));
    errors.addAll(TemplateMetadataRules.check(template.getMetadata(), "spec.template.metadata"));
    errors.addAll(selector(spec.getSelector(), template));
    return errors;
  }

  // Like Kubernetes, a missing selector selects nothing, so it cannot match the template either.
  private static List<FieldError> selector(
      LabelSelector selector, VirtualMachineInstanceTemplateSpec template) {
    Optional<String> problem = Selectors.validate(selector);
    if (problem.isPresent()) {
      return List.of(new FieldError("spec.selector", problem.get()));
    }
    Map<String, String> labels =
        template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels();
    if (!Selectors.matches(selector, labels)) {
      return List.of(new FieldError("spec.selector", "selector does not match labels."));
    }
    return List.of();
  }
}
