package io.jvirt.apiserver.subresources;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import java.util.Optional;

/**
 * Passes a VMI call (pause, unpause, softreboot, console...) on to the virt-handler of the VMI's
 * node, which owns the guest.
 */
public interface HandlerProxy {
  /**
   * Performs {@code subresource} on the VMI's node: empty when the handler did it, else the error
   * to answer (the handler's own refusal, or 503 when no handler could be asked).
   */
  Optional<LifecyclePlan.Reject> call(VirtualMachineInstance vmi, String subresource, String body);

  /**
   * Fetches {@code subresource} of {@code vmi} (the VNC screenshot) from its node's virt-handler:
   * the bytes, or the refusal to answer instead.
   */
  Fetched fetch(VirtualMachineInstance vmi, String subresource);

  /** What a fetch brought: {@code body}, or {@code refused} when not null. */
  record Fetched(byte[] body, LifecyclePlan.Reject refused) {}
}
