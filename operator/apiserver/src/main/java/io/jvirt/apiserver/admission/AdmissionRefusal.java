package io.jvirt.apiserver.admission;

import io.jvirt.apiserver.admission.decide.FieldError;
import io.jvirt.apiserver.admission.decide.Verdict;
import java.util.List;

/** Thrown when an admitted object cannot even be read: refused naming the field, never a 500. */
public final class AdmissionRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient FieldError error;

  /** A refusal for {@code error}. */
  public AdmissionRefusal(FieldError error, Throwable cause) {
    super(error.message(), cause);
    this.error = error;
  }

  /** The verdict to answer. */
  public Verdict verdict() {
    return new Verdict(List.of(error), List.of());
  }
}
