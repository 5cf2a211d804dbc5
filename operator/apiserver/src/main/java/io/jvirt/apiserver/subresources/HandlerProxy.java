package io.jvirt.apiserver.subresources;

import io.jvirt.api.v1.VirtualMachineInstance;

/**
 * Passes a VMI call (pause, unpause, softreboot, console...) on to the virt-handler of the VMI's
 * node, which owns the guest.
 */
public interface HandlerProxy {
  /** Performs {@code subresource} on the VMI's node; throws when no handler answers. */
  void call(VirtualMachineInstance vmi, String subresource, String body)
      throws HandlerUnavailableException;

  /** No virt-handler can be reached for the VMI (none runs on its node yet, or it is down). */
  final class HandlerUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the handler cannot be reached. */
    public HandlerUnavailableException(String message) {
      super(message);
    }
  }
}
