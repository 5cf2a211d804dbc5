package io.jvirt.controller.vm.decide;

/** What to do with the VM controller's finalizer on the VM. */
public enum FinalizerChange {
  /** Add {@code kubevirt.io/virtualMachineControllerFinalize}. */
  ADD,
  /** Remove it: the VM may go. */
  REMOVE,
  /** Leave the finalizers as they are. */
  NONE
}
