package io.jvirt.controller.vmirs;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.controller.expectations.ExpectationKeys;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vmirs.decide.ReplicaSetDecider;
import io.jvirt.controller.vmirs.decide.ReplicaSetEvent;
import io.jvirt.controller.vmirs.decide.ReplicaSetPlan;
import io.jvirt.controller.vmirs.decide.VmiClaims;
import io.jvirt.controller.vmirs.decide.VmiFromReplicaSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One VMI ReplicaSet sync: observe (claimed VMIs, expectations) → decide (pure) → act (create,
 * delete) → record (status, events).
 */
public final class ReplicaSetSync {
  private final ReplicaSetActions actions;
  private final Expectations expectations;
  private final Clock clock;
  private final Map<String, String> lastScaleErrors = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> createdNames = new ConcurrentHashMap<>();

  /** A sync acting through {@code actions}, sharing {@code expectations} with the VM controller. */
  public ReplicaSetSync(ReplicaSetActions actions, Expectations expectations, Clock clock) {
    this.actions = actions;
    this.expectations = expectations;
    this.clock = clock;
  }

  /** Syncs {@code rs}, given the VMIs of its namespace as the informer shows them. */
  public void sync(VirtualMachineInstanceReplicaSet rs, List<VirtualMachineInstance> inNamespace) {
    String key = ExpectationKeys.replicaSet(rs);
    List<VirtualMachineInstance> owned = claim(rs, inNamespace);
    owned.sort(Comparator.comparing(v -> v.getMetadata().getName()));
    observe(key, owned);
    ReplicaSetPlan plan =
        ReplicaSetDecider.decide(
            rs,
            owned,
            expectations.satisfied(key),
            Optional.ofNullable(lastScaleErrors.get(key)),
            clock.instant());
    String error = scale(rs, key, plan);
    if (error == null) {
      lastScaleErrors.remove(key);
    } else {
      lastScaleErrors.put(key, error);
    }
    if (plan.statusDiffers(rs.getStatus())) {
      actions.writeStatus(rs, plan.status());
      for (ReplicaSetEvent event : plan.events()) {
        actions.event(rs, false, event.reason(), event.message());
      }
    }
  }

  /** Forgets what was expected of a replica set that is gone. */
  public void forget(VirtualMachineInstanceReplicaSet rs) {
    String key = ExpectationKeys.replicaSet(rs);
    expectations.forget(key);
    lastScaleErrors.remove(key);
    createdNames.remove(key);
  }

  /** The VMIs this replica set controls after adopting and releasing as its selector says. */
  private List<VirtualMachineInstance> claim(
      VirtualMachineInstanceReplicaSet rs, List<VirtualMachineInstance> inNamespace) {
    VmiClaims claims = VmiClaims.of(rs, inNamespace);
    List<VirtualMachineInstance> owned = new ArrayList<>(claims.owned());
    for (VirtualMachineInstance orphan : claims.adopt()) {
      owned.add(actions.adopt(rs, orphan));
    }
    for (VirtualMachineInstance stray : claims.release()) {
      actions.release(rs, stray);
    }
    return owned;
  }

  /** Creates and deletes what the plan asks; returns the first error, or null. */
  private String scale(VirtualMachineInstanceReplicaSet rs, String key, ReplicaSetPlan plan) {
    String error = null;
    if (plan.vmisToCreate() > 0) {
      expectations.expectCreations(key, plan.vmisToCreate());
    }
    for (int i = 0; i < plan.vmisToCreate(); i++) {
      try {
        VirtualMachineInstance created = actions.create(VmiFromReplicaSet.build(rs));
        createdNames
            .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
            .add(created.getMetadata().getName());
        actions.event(
            rs,
            false,
            "SuccessfulCreate",
            "Created virtual machine instance: " + created.getMetadata().getName());
      } catch (KubernetesClientException e) {
        expectations.creationObserved(key);
        actions.event(rs, true, "FailedCreate", "Error creating VMI: " + e.getMessage());
        error = error == null ? e.getMessage() : error;
      }
    }
    if (!plan.toDelete().isEmpty()) {
      expectations.expectDeletions(
          key,
          plan.toDelete().stream().map(v -> v.getMetadata().getUid()).collect(Collectors.toList()));
    }
    for (VirtualMachineInstance vmi : plan.toDelete()) {
      try {
        actions.delete(vmi);
        actions.event(
            rs,
            false,
            "SuccessfulDelete",
            "Deleted virtual machine instance: " + vmi.getMetadata().getUid());
      } catch (KubernetesClientException e) {
        expectations.deletionObserved(key, vmi.getMetadata().getUid());
        actions.event(rs, true, "FailedDelete", "Error deleting VMI: " + e.getMessage());
        error = error == null ? e.getMessage() : error;
      }
    }
    return error;
  }

  /** Marks creations and deletions the informer has caught up with. */
  private void observe(String key, List<VirtualMachineInstance> owned) {
    Set<String> present =
        owned.stream()
            .filter(v -> v.getMetadata().getDeletionTimestamp() == null)
            .map(v -> v.getMetadata().getUid())
            .collect(Collectors.toSet());
    for (String uid : Set.copyOf(expectations.pendingDeletions(key))) {
      if (!present.contains(uid)) {
        expectations.deletionObserved(key, uid);
      }
    }
    Set<String> created = createdNames.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
    for (VirtualMachineInstance vmi : owned) {
      if (created.remove(vmi.getMetadata().getName())) {
        expectations.creationObserved(key);
      }
    }
  }
}
