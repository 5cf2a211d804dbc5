package io.jvirt.cdi.controller.decide;

/** Why a DataVolume cannot be rendered: the field at fault and a message naming it. */
public record FieldProblem(String field, String message) {
  @Override
  public String toString() {
    return message;
  }
}
