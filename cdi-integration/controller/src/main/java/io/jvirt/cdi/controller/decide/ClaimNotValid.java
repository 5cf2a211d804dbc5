package io.jvirt.cdi.controller.decide;

/** Rendering a claim failed; the message becomes the ErrClaimNotValid event. */
final class ClaimNotValid extends Exception {
  private static final long serialVersionUID = 1L;

  final transient FieldProblem problem;

  ClaimNotValid(String field, String message) {
    super(message, null, false, false);
    this.problem = new FieldProblem(field, message);
  }
}
