package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who may change a VMI after creation: only jvirt's own components may change its spec or its
 * status (the VMI has no status subresource, so without this anyone with {@code update} could fake
 * a Running VMI), and nobody but them the reserved {@code kubevirt.io/} labels.
 */
public final class VmiUpdateRules {
  private VmiUpdateRules() {}

  /**
   * Errors of an update from {@code old} to {@code updated} by a user ({@code privileged}: jvirt).
   */
  public static Verdict validate(
      VirtualMachineInstance old, VirtualMachineInstance updated, boolean privileged) {
    if (privileged) {
      return Verdict.allowed();
    }
    List<FieldError> errors = new ArrayList<>();
    if (!Objects.equals(old.getSpec(), updated.getSpec())) {
      errors.add(new FieldError("spec", "update of VMI object is restricted"));
    }
    if (!Objects.equals(old.getStatus(), updated.getStatus())) {
      errors.add(
          new FieldError(
              "status",
              "status of a VirtualMachineInstance is written only by KubeVirt components"));
    }
    Map<String, String> before = old.getMetadata().getLabels();
    Map<String, String> after = updated.getMetadata().getLabels();
    for (String label : VmiCreateRules.RESERVED_LABELS) {
      if (!Objects.equals(value(before, label), value(after, label))) {
        errors.add(
            new FieldError(
                "metadata.labels",
                "modification of the following reserved kubevirt.io/ labels on a VMI object is"
                    + " prohibited: "
                    + label));
      }
    }
    return new Verdict(errors, List.of());
  }

  private static String value(Map<String, String> labels, String key) {
    return labels == null ? null : labels.get(key);
  }
}
