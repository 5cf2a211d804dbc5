package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.List;
import java.util.stream.Collectors;

/** The PVC a DataVolume asks for, or the problems that prevent rendering it. */
public record PvcRendering(PersistentVolumeClaim claim, List<FieldProblem> problems) {
  public PvcRendering {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  static PvcRendering of(PersistentVolumeClaim claim) {
    return new PvcRendering(claim, List.of());
  }

  static PvcRendering invalid(List<FieldProblem> problems) {
    return new PvcRendering(null, problems);
  }

  public boolean valid() {
    return claim != null;
  }

  /** All problems in one line, as the ErrClaimNotValid event message. */
  public String message() {
    return problems.stream().map(FieldProblem::message).collect(Collectors.joining("; "));
  }
}
