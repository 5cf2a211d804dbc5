package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.util.List;

/** Bookkeeping of the VM controller's finalizer, on the VM and on the VMI it created. */
public final class VmFinalizerDecider {
  private VmFinalizerDecider() {}

  /**
   * A live VM holds the finalizer; a deleted VM drops it once its VMI is gone, or at once when the
   * deletion orphans the VMI ({@code orphan} finalizer). Nothing changes while expectations are
   * pending.
   */
  public static FinalizerChange decide(VmObservation obs) {
    if (obs.expectationsPending()) {
      return FinalizerChange.NONE;
    }
    VirtualMachine vm = obs.vm();
    List<String> finalizers = vm.getMetadata().getFinalizers();
    boolean held = finalizers != null && finalizers.contains(KubevirtFinalizers.VM_CONTROLLER);
    if (vm.getMetadata().getDeletionTimestamp() == null) {
      return held ? FinalizerChange.NONE : FinalizerChange.ADD;
    }
    boolean orphaning = finalizers != null && finalizers.contains(KubevirtFinalizers.ORPHAN);
    return held && (obs.vmi() == null || orphaning) ? FinalizerChange.REMOVE : FinalizerChange.NONE;
  }

  /**
   * True when the VM controller's finalizer should come off the VMI: it is final (its status is
   * recorded on the VM by now), or it is a deleted receiver still waiting for sync.
   */
  public static boolean releaseVmi(VmObservation obs) {
    VirtualMachineInstance vmi = obs.vmi();
    List<String> finalizers = vmi == null ? null : vmi.getMetadata().getFinalizers();
    if (finalizers == null || !finalizers.contains(KubevirtFinalizers.VM_CONTROLLER)) {
      return false;
    }
    boolean deletedWhileWaiting =
        VmiFacts.phase(vmi) == VirtualMachineInstancePhase.WAITING_FOR_SYNC
            && VmiFacts.isBeingDeleted(vmi);
    return VmiFacts.isFinal(vmi) || deletedWhileWaiting;
  }
}
