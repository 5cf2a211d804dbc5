package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.Timestamps;
import io.jvirt.common.model.WireNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The VMI controller's status logic for the phases it owns (sections 3.1, 3.2 and 3.5): a pure
 * function of the VMI, its launcher pods and the time. The input VMI is never modified.
 */
public final class VmiStatusDecider {
  /** status.reason when the launcher pod vanished before or after hand-over. */
  public static final String REASON_POD_NOT_EXISTS = "PodNotExists";

  /** status.reason when the launcher pod failed, ended or was deleted before hand-over. */
  public static final String REASON_POD_FAILED = "PodFailed";

  /** status.reason when the launcher pod is being deleted before hand-over. */
  public static final String REASON_POD_TERMINATING = "PodTerminating";

  /** status.reason when a VMI is deleted before it ever got a launcher pod. */
  public static final String REASON_DELETED = "Deleted";

  /** status.migrationTransport of every VMI whose launcher speaks it (all jvirt launchers). */
  public static final String MIGRATION_TRANSPORT_UNIX = "Unix";

  private VmiStatusDecider() {}

  /** Decides with no failure left over from the previous sync. */
  public static VmiStatusUpdate decide(VirtualMachineInstance vmi, List<Pod> pods, Instant now) {
    return decide(vmi, pods, DataVolumeStates.UNKNOWN, now, null);
  }

  /** Decides without the VMI's DataVolumes. */
  public static VmiStatusUpdate decide(
      VirtualMachineInstance vmi, List<Pod> pods, Instant now, SyncFailure lastSyncFailure) {
    return decide(vmi, pods, DataVolumeStates.UNKNOWN, now, lastSyncFailure);
  }

  /**
   * Decides the next status and actions. {@code pods} may include pods of other VMIs (ignored);
   * {@code lastSyncFailure}, when not null, is what went wrong in the previous sync (e.g. pod
   * creation) and becomes the Synchronized condition.
   */
  public static VmiStatusUpdate decide(
      VirtualMachineInstance vmi,
      List<Pod> pods,
      DataVolumeStates volumes,
      Instant now,
      SyncFailure lastSyncFailure) {
    String timestamp = Timestamps.format(now);
    VirtualMachineInstanceStatus old =
        vmi.getStatus() == null ? new VirtualMachineInstanceStatus() : vmi.getStatus();
    Decision decision =
        new Decision(
            vmi, DeepCopies.of(old, VirtualMachineInstanceStatus.class), pods, volumes, timestamp);
    decision.syncFailure = lastSyncFailure;
    VirtualMachineInstanceStatus status = decision.status;
    syncActivePods(status, decision.owned);
    ReadyCondition.sync(status, old.getPhase(), decision.pod, timestamp);
    if (decision.podExists()) {
      status.setLauncherContainerImageVersion(PodStates.computeImage(decision.pod));
    }
    PhaseRules.apply(decision);
    DataVolumesReadyCondition.sync(status, volumes, timestamp);
    if (old.getPhase() != VirtualMachineInstancePhase.RUNNING
        && old.getPhase() != VirtualMachineInstancePhase.SCHEDULED) {
      // virt-handler owns Running and Scheduled VMIs; their sync errors are its to report
      VmiConditions.checkFailure(status, decision.syncFailure, timestamp);
    }
    if (status.getPhase() != old.getPhase()) {
      appendTransition(status, timestamp);
    }
    return new VmiStatusUpdate(
        status,
        decision.labelsToAdd,
        decision.createPod,
        decision.createTemporaryPod,
        podsToDelete(decision),
        decision.removeForegroundFinalizer);
  }

  /** Every owned pod's UID to its node; left unset while a VMI never had pods. */
  private static void syncActivePods(VirtualMachineInstanceStatus status, List<Pod> owned) {
    if (owned.isEmpty() && status.getActivePods() == null) {
      return;
    }
    Map<String, String> active = new TreeMap<>();
    for (Pod pod : owned) {
      if (pod.getMetadata().getUid() == null) {
        continue;
      }
      String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
      active.put(pod.getMetadata().getUid(), node == null ? "" : node);
    }
    status.setActivePods(active);
  }

  private static List<String> podsToDelete(Decision decision) {
    if (!decision.deleting) {
      return decision.temporaryPodsToDelete;
    }
    List<String> names = new ArrayList<>();
    for (Pod pod : decision.owned) {
      if (!PodStates.isTerminating(pod)) {
        names.add(pod.getMetadata().getName());
      }
    }
    return names;
  }

  private static void appendTransition(VirtualMachineInstanceStatus status, String timestamp) {
    List<PhaseTransitionTimestamp> transitions =
        status.getPhaseTransitionTimestamps() == null
            ? new ArrayList<>()
            : new ArrayList<>(status.getPhaseTransitionTimestamps());
    String phase = status.getPhase() == null ? null : WireNames.of(status.getPhase());
    transitions.add(
        new PhaseTransitionTimestamp().setPhase(phase).setPhaseTransitionTimestamp(timestamp));
    status.setPhaseTransitionTimestamps(transitions);
  }
}
