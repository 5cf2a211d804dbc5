package io.jvirt.apiserver.subresources.decide;

/** Upstream's error statuses for the lifecycle subresources, worded as Kubernetes words them. */
final class Rejections {
  static final int BAD_REQUEST = 400;
  static final int FORBIDDEN = 403;
  static final int CONFLICT = 409;
  static final int INTERNAL = 500;

  private Rejections() {}

  /** 409 on a VirtualMachine: {@code Operation cannot be fulfilled on virtualmachine...}. */
  static LifecyclePlan conflictVm(String name, String why) {
    return conflict("virtualmachine.kubevirt.io", name, why);
  }

  /** 409 on a VirtualMachineInstance. */
  static LifecyclePlan conflictVmi(String name, String why) {
    return conflict("virtualmachineinstance.kubevirt.io", name, why);
  }

  static LifecyclePlan badRequest(String message) {
    return new LifecyclePlan.Reject(BAD_REQUEST, "BadRequest", message);
  }

  static LifecyclePlan forbidden(String message) {
    return new LifecyclePlan.Reject(FORBIDDEN, "Forbidden", message);
  }

  static LifecyclePlan internal(String message) {
    return new LifecyclePlan.Reject(INTERNAL, "InternalError", message);
  }

  private static LifecyclePlan conflict(String resource, String name, String why) {
    return new LifecyclePlan.Reject(
        CONFLICT,
        "Conflict",
        "Operation cannot be fulfilled on " + resource + " \"" + name + "\": " + why);
  }
}
