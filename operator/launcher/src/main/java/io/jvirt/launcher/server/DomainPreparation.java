package io.jvirt.launcher.server;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.node.rpc.launcher.v1.LaunchOptions;

/**
 * Turns a VMI into the domain XML to define, creating every file the domain refers to (disk
 * overlays, empty disks, cloud-init ISOs); throws {@link PreparationException} naming what is wrong
 * with the VMI's disks.
 */
public interface DomainPreparation {
  /** The domain XML of {@code vmi}, its files ready. */
  String prepare(VirtualMachineInstance vmi, LaunchOptions options);

  /** The VMI cannot run as given: the message names the volume or field and the reason. */
  final class PreparationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A one-line reason a user can act on. */
    public PreparationException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
