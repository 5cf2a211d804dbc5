package io.jvirt.controller.vmirs.decide;

import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import io.jvirt.common.model.DeepCopies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides one reconcile round of a VMI replica set from its owned VMIs: how many VMIs to create,
 * which to delete, the status to write and the events to record (upstream replicaset.go).
 */
public final class ReplicaSetDecider {
  /** Most creates, and separately most deletes of finished VMIs, issued in one round. */
  public static final int BURST_REPLICAS = 250;

  private ReplicaSetDecider() {}

  /**
   * Plans a round with the default burst limit.
   *
   * @param rs the replica set; never modified
   * @param owned the VMIs the replica set owns after adoption and release, in cache order
   * @param expectationsSatisfied false while earlier creates/deletes are not observed yet; then
   *     nothing is created or deleted
   * @param lastScaleError the first error of the last scale attempt, if it failed
   * @param now stamps new conditions
   */
  public static ReplicaSetPlan decide(
      VirtualMachineInstanceReplicaSet rs,
      List<VirtualMachineInstance> owned,
      boolean expectationsSatisfied,
      Optional<String> lastScaleError,
      Instant now) {
    return decide(rs, owned, expectationsSatisfied, lastScaleError, now, BURST_REPLICAS);
  }

  /**
   * Plans a round with a given burst limit. A replica set whose template has no labels, or whose
   * selector is invalid or does not match them, is ignored as upstream does: nothing to do and its
   * current status unchanged.
   */
  public static ReplicaSetPlan decide(
      VirtualMachineInstanceReplicaSet rs,
      List<VirtualMachineInstance> owned,
      boolean expectationsSatisfied,
      Optional<String> lastScaleError,
      Instant now,
      int burstReplicas) {
    VirtualMachineInstanceReplicaSetStatus current = rs.getStatus();
    if (!Selectors.matchesTemplate(rs)) {
      return new ReplicaSetPlan(
          0,
          List.of(),
          DeepCopies.of(current, VirtualMachineInstanceReplicaSetStatus.class),
          List.of());
    }
    VirtualMachineInstanceReplicaSetSpec spec = rs.getSpec();
    VmiPartition vmis = VmiPartition.of(owned == null ? List.of() : owned);
    int diff = vmis.active().size() - desiredReplicas(spec);
    boolean paused = Boolean.TRUE.equals(spec.getPaused());
    boolean deleting = rs.getMetadata() != null && rs.getMetadata().getDeletionTimestamp() != null;

    int toCreate = 0;
    List<VirtualMachineInstance> toDelete = new ArrayList<>();
    if (expectationsSatisfied && !paused && !deleting) {
      if (diff < 0) {
        toCreate = Math.min(-diff, burstReplicas);
      } else if (diff > 0) {
        // no ranking: the first surplus VMIs in cache order go, as upstream
        toDelete.addAll(vmis.active().subList(0, Math.min(diff, burstReplicas)));
      }
      List<VirtualMachineInstance> done = new ArrayList<>(vmis.finished());
      done.addAll(vmis.unknown());
      toDelete.addAll(done.subList(0, Math.min(done.size(), burstReplicas)));
    }

    VirtualMachineInstanceReplicaSetStatus status =
        current == null
            ? new VirtualMachineInstanceReplicaSetStatus()
            : DeepCopies.of(current, VirtualMachineInstanceReplicaSetStatus.class);
    List<Condition> before = current == null ? null : current.getConditions();
    status
        .setReplicas(vmis.active().size())
        .setReadyReplicas(vmis.readyCount())
        .setLabelSelector(Selectors.canonical(spec.getSelector()))
        .setConditions(ReplicaSetConditions.next(before, paused, lastScaleError, diff, now));

    List<ReplicaSetEvent> events = new ArrayList<>();
    if (paused != ReplicaSetConditions.has(before, ReplicaSetConditions.REPLICA_PAUSED)) {
      events.add(paused ? ReplicaSetEvent.paused() : ReplicaSetEvent.resumed());
    }
    return new ReplicaSetPlan(toCreate, toDelete, status, events);
  }

  /** {@code spec.replicas}, or 1 when unset as upstream defaults it. */
  public static int desiredReplicas(VirtualMachineInstanceReplicaSetSpec spec) {
    return spec == null || spec.getReplicas() == null ? 1 : spec.getReplicas();
  }
}
