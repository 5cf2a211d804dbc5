package io.jvirt.apiserver.subresources.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.List;

/** The VMI patch that shortens its termination grace period before a stop or restart. */
final class GracePatch {
  private static final String PATH = "/spec/terminationGracePeriodSeconds";

  private GracePatch() {}

  static List<PatchOp> to(VirtualMachineInstance vmi, long seconds) {
    Long current = vmi.getSpec() == null ? null : vmi.getSpec().getTerminationGracePeriodSeconds();
    return PatchOp.set(PATH, current, seconds);
  }
}
