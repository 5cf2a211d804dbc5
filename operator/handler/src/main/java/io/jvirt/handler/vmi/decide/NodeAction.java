package io.jvirt.handler.vmi.decide;

/** What virt-handler does on the node for a VMI, one step per reconcile. */
public enum NodeAction {
  /** Nothing to do now. */
  NONE,
  /**
   * Prepare the pod (container disks, networking) and have the launcher define and start the
   * domain.
   */
  START,
  /** ACPI power button; repeated until the guest is off or the grace period ends. */
  SHUTDOWN,
  /** Stop QEMU at once. */
  KILL,
  /** Remove the stopped domain; the launcher exits afterwards. */
  DELETE_DOMAIN,
  /** Release what the node holds for a VMI whose domain is gone (container-disk mounts). */
  CLEANUP
}
