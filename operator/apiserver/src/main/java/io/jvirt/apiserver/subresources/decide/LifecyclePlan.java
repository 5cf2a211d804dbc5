package io.jvirt.apiserver.subresources.decide;

import java.util.List;

/** What a lifecycle subresource call does: refuse with a status, or apply patches in order. */
public sealed interface LifecyclePlan {

  /** Refuse: HTTP {@code code} with upstream's {@code reason} and {@code message}. */
  record Reject(int code, String reason, String message) implements LifecyclePlan {}

  /**
   * Patch the VMI's spec (first, e.g. its grace period), then the VM's spec, then the VM's status;
   * answer {@code successCode}. Empty lists are skipped.
   */
  record Apply(
      List<PatchOp> vmiPatch,
      List<PatchOp> vmSpecPatch,
      List<PatchOp> vmStatusPatch,
      int successCode)
      implements LifecyclePlan {

    /** Immutable copies. */
    public Apply {
      vmiPatch = List.copyOf(vmiPatch);
      vmSpecPatch = List.copyOf(vmSpecPatch);
      vmStatusPatch = List.copyOf(vmStatusPatch);
    }
  }

  /** Pass the call on to virt-handler on the VMI's node ({@code subresource} there); 200 on OK. */
  record Proxy(String subresource) implements LifecyclePlan {}
}
