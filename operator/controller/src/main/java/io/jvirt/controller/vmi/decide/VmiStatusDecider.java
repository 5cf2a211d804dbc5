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
    deferNodeOnlyChange(old, status);
    if (decision.deleting
        && status.getPhase() == old.getPhase()
        && !decision.removeForegroundFinalizer) {
      // a VMI on its way out is written when its phase moves or it can go, not for each pod event
      status = DeepCopies.of(old, VirtualMachineInstanceStatus.class);
    }
    return new VmiStatusUpdate(
        status,
        decision.labelsToAdd,
        decision.createPod,
        decision.createTemporaryPod,
        podsToDelete(decision),
        decision.removeForegroundFinalizer);
  }

  /**
   * The status to write in the same sync that created the launcher pod: {@code first} decided
   * without it, then decided again seeing {@code pods} (which include the new pod) until the phase
   * settles, so Pending → Scheduling is one write, not two. Only the status, labels and finalizer
   * choice come from the later rounds; the pod writes {@code first} chose are done already.
   */
  public static VmiStatusUpdate afterPodCreation(
      VirtualMachineInstance vmi,
      VmiStatusUpdate first,
      List<Pod> pods,
      DataVolumeStates volumes,
      Instant now) {
    VmiStatusUpdate current = first;
    Map<String, String> labels = new TreeMap<>(first.labelsToAdd());
    // Pending → Scheduling, then Scheduling's own rules (QoS class, conditions); never more
    for (int round = 0; round < 2; round++) {
      VirtualMachineInstance seen = withStatus(vmi, current.status());
      VmiStatusUpdate next = decide(seen, pods, volumes, now, null);
      labels.putAll(next.labelsToAdd());
      boolean moved = next.status().getPhase() != current.status().getPhase();
      current = next;
      if (!moved) {
        break;
      }
    }
    return new VmiStatusUpdate(
        current.status(), labels, false, false, List.of(), current.removeForegroundFinalizer());
  }

  private static VirtualMachineInstance withStatus(
      VirtualMachineInstance vmi, VirtualMachineInstanceStatus status) {
    VirtualMachineInstance copy = new VirtualMachineInstance();
    copy.setMetadata(vmi.getMetadata());
    copy.setSpec(vmi.getSpec());
    copy.setStatus(status);
    return copy;
  }

  /**
   * While Scheduling, a launcher pod given its node changes only {@code activePods}: that is kept
   * for the hand-over write (Scheduled, with the node) rather than written on its own.
   */
  private static void deferNodeOnlyChange(
      VirtualMachineInstanceStatus old, VirtualMachineInstanceStatus status) {
    if (old.getPhase() != VirtualMachineInstancePhase.SCHEDULING
        || status.getPhase() != VirtualMachineInstancePhase.SCHEDULING
        || old.getActivePods() == null
        || status.getActivePods() == null
        || !old.getActivePods().keySet().equals(status.getActivePods().keySet())) {
      return;
    }
    Map<String, String> fresh = status.getActivePods();
    status.setActivePods(new TreeMap<>(old.getActivePods()));
    if (!status.equals(old)) {
      status.setActivePods(fresh);
    }
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
