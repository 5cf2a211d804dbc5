package io.jvirt.apiserver.admission.decide;

import java.util.ArrayList;
import java.util.List;

/**
 * What a validator says of one object: the errors that reject it and warnings shown to the user.
 */
public record Verdict(List<FieldError> errors, List<String> warnings) {

  /** An immutable copy. */
  public Verdict {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** Nothing to object to. */
  public static Verdict allowed() {
    return new Verdict(List.of(), List.of());
  }

  /** True when there is no error. */
  public boolean isAllowed() {
    return errors.isEmpty();
  }

  /** This verdict followed by {@code other}'s errors and warnings. */
  public Verdict and(Verdict other) {
    List<FieldError> allErrors = new ArrayList<>(errors);
    allErrors.addAll(other.errors);
    List<String> allWarnings = new ArrayList<>(warnings);
    allWarnings.addAll(other.warnings);
    return new Verdict(allErrors, allWarnings);
  }
}
