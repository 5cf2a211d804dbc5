package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.controller.vmi.decide.DataVolumeStates;
import io.jvirt.controller.vmi.decide.DataVolumesReadyCondition;
import io.jvirt.controller.vmi.decide.VmiChange;
import io.jvirt.controller.vmi.decide.VmiStatusDecider;
import io.jvirt.controller.vmi.decide.VmiStatusUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One VMI sync: observe (the VMI, its launcher pods, its DataVolumes) → decide (pure) → act (pod
 * writes) → record (one VMI write carrying status, labels and finalizers).
 */
public final class VmiSync {
  private final VmiActions actions;
  private final Clock clock;

  /** A sync acting through {@code actions}. */
  public VmiSync(VmiActions actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  /**
   * What one sync did.
   *
   * @param written the VMI as stored after this sync's write, or null when nothing was written
   * @param waitingForDataVolumes the VMI stays Pending until its DataVolumes are ready (they are
   *     not watched, so the caller looks again)
   */
  public record Result(VirtualMachineInstance written, boolean waitingForDataVolumes) {}

  /** Syncs {@code vmi}, whose launcher pods (as the informer shows them) are {@code pods}. */
  public Result sync(VirtualMachineInstance vmi, List<Pod> pods) {
    actions.observePods(vmi, pods);
    if (actions.awaitingLauncherPod(vmi)) {
      // as upstream: the informer is behind this controller's own pod creation; deciding now would
      // take the missing pod for a lost one and fail the VMI. The pod's event brings it back
      return new Result(null, false);
    }
    boolean deleting = vmi.getMetadata().getDeletionTimestamp() != null;
    DataVolumeStates volumes =
        !deleting && lookAtDataVolumes(vmi)
            ? DataVolumeStates.of(vmi, actions.dataVolumes(vmi, DataVolumeStates.names(vmi)))
            : DataVolumeStates.UNKNOWN;
    Instant now = clock.instant();
    VmiStatusUpdate update = VmiStatusDecider.decide(vmi, pods, volumes, now, null);
    actions.syncReadinessGates(vmi, pods);
    if (update.createTemporaryPod()) {
      actions.createTemporaryPod(vmi);
    }
    for (String pod : update.podsToDelete()) {
      actions.deletePod(vmi, pod);
    }
    if (update.createPod()) {
      var created = actions.createLauncherPod(vmi);
      if (created.isPresent()) {
        List<Pod> seen = new ArrayList<>(pods);
        seen.add(created.get());
        update = VmiStatusDecider.afterPodCreation(vmi, update, seen, volumes, now);
      }
    }
    boolean releaseVmFinalizer =
        VmiChange.holdsVmFinalizerWhenFinal(vmi, update)
            && VmiChange.controllingVm(vmi).map(owner -> actions.vmGone(vmi, owner)).orElse(true);
    VirtualMachineInstance written =
        VmiChange.of(vmi, update, releaseVmFinalizer).map(actions::write).orElse(null);
    boolean waiting =
        !deleting
            && !volumes.ready()
            && update.status().getPhase() == VirtualMachineInstancePhase.PENDING;
    return new Result(written, waiting);
  }

  /**
   * DataVolumes are read (one GET each) only while they can still hold the VMI back: before its
   * launcher pod, or while its DataVolumesReady condition is not True.
   */
  private static boolean lookAtDataVolumes(VirtualMachineInstance vmi) {
    if (DataVolumeStates.names(vmi).isEmpty()) {
      return false;
    }
    var status = vmi.getStatus();
    if (status == null
        || status.getPhase() == null
        || status.getPhase() == VirtualMachineInstancePhase.PENDING) {
      return true;
    }
    return status.getConditions() == null
        || status.getConditions().stream()
            .noneMatch(
                c ->
                    DataVolumesReadyCondition.TYPE.equals(c.getType())
                        && "True".equals(c.getStatus()));
  }
}
