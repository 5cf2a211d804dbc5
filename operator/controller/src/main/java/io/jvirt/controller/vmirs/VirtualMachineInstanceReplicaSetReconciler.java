package io.jvirt.controller.vmirs;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vmirs.decide.ReplicaSetDecider;
import io.jvirt.controller.vmirs.decide.ReplicaSetEvent;
import io.jvirt.controller.vmirs.decide.ReplicaSetPlan;
import io.jvirt.controller.vmirs.decide.VmiClaims;
import io.jvirt.controller.vmirs.decide.VmiFromReplicaSet;
import io.jvirt.daemon.events.EventRecorder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The VMI ReplicaSet controller: keeps {@code spec.replicas} VMIs, replacing finished ones. */
// conflicts with virt-handler and the other controllers are normal: keep retrying, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
@ControllerConfiguration(
    name = "virtualmachineinstancereplicaset",
    generationAwareEventProcessing = false)
public final class VirtualMachineInstanceReplicaSetReconciler
    implements Reconciler<VirtualMachineInstanceReplicaSet> {
  private final KubernetesClient client;
  private final EventRecorder events;
  private final Expectations expectations;
  private final Clock clock;
  private final Map<String, String> lastScaleErrors = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> createdNames = new ConcurrentHashMap<>();

  /** A reconciler acting through {@code client}. */
  public VirtualMachineInstanceReplicaSetReconciler(
      KubernetesClient client, EventRecorder events, Expectations expectations, Clock clock) {
    this.client = client;
    this.events = events;
    this.expectations = expectations;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, VirtualMachineInstanceReplicaSet>> prepareEventSources(
      EventSourceContext<VirtualMachineInstanceReplicaSet> context) {
    var replicaSets = context.getPrimaryCache();
    var vmis =
        InformerEventSourceConfiguration.from(
                VirtualMachineInstance.class, VirtualMachineInstanceReplicaSet.class)
            .withSecondaryToPrimaryMapper(vmi -> interestedIn(vmi, replicaSets))
            .build();
    return List.of(new InformerEventSource<>(vmis, context));
  }

  /** Its controller for an owned VMI; for an ownerless one, every replica set it could join. */
  private static Set<ResourceID> interestedIn(
      VirtualMachineInstance vmi, IndexerResourceCache<VirtualMachineInstanceReplicaSet> cache) {
    OwnerReference controller = VmiClaims.controllerOf(vmi);
    String namespace = vmi.getMetadata().getNamespace();
    if (controller != null) {
      return VmiFromReplicaSet.OWNER_KIND.equals(controller.getKind())
          ? Set.of(new ResourceID(controller.getName(), namespace))
          : Set.of();
    }
    return cache
        .list(
            namespace,
            rs -> Selectors.matches(rs.getSpec().getSelector(), vmi.getMetadata().getLabels()))
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  @Override
  public UpdateControl<VirtualMachineInstanceReplicaSet> reconcile(
      VirtualMachineInstanceReplicaSet rs, Context<VirtualMachineInstanceReplicaSet> context) {
    String key = "vmirs:" + rs.getMetadata().getNamespace() + "/" + rs.getMetadata().getName();
    List<VirtualMachineInstance> owned = claim(rs, context);
    owned.sort((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName()));
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
      VirtualMachineInstanceReplicaSet copy = new VirtualMachineInstanceReplicaSet();
      copy.setMetadata(rs.getMetadata());
      copy.setSpec(rs.getSpec());
      copy.setStatus(plan.status());
      client.resource(copy).updateStatus();
      for (ReplicaSetEvent event : plan.events()) {
        events.normal(rs, event.reason(), event.message());
      }
    }
    return UpdateControl.noUpdate();
  }

  /** The VMIs this replica set controls after adopting and releasing as its selector says. */
  private List<VirtualMachineInstance> claim(
      VirtualMachineInstanceReplicaSet rs, Context<VirtualMachineInstanceReplicaSet> context) {
    var informer =
        (InformerEventSource<VirtualMachineInstance, VirtualMachineInstanceReplicaSet>)
            context.eventSourceRetriever().getEventSourceFor(VirtualMachineInstance.class);
    VmiClaims claims =
        VmiClaims.of(
            rs, informer.list(rs.getMetadata().getNamespace()).collect(Collectors.toList()));
    List<VirtualMachineInstance> owned = new ArrayList<>(claims.owned());
    for (VirtualMachineInstance orphan : claims.adopt()) {
      owned.add(
          client
              .resource(orphan)
              .edit(
                  v -> {
                    v.getMetadata().getOwnerReferences().add(VmiFromReplicaSet.ownerReference(rs));
                    return v;
                  }));
    }
    for (VirtualMachineInstance stray : claims.release()) {
      client
          .resource(stray)
          .edit(
              v -> {
                v.getMetadata()
                    .getOwnerReferences()
                    .removeIf(o -> rs.getMetadata().getUid().equals(o.getUid()));
                return v;
              });
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
        VirtualMachineInstance created = client.resource(VmiFromReplicaSet.build(rs)).create();
        createdNames
            .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
            .add(created.getMetadata().getName());
        events.normal(
            rs,
            "SuccessfulCreate",
            "Created virtual machine instance: " + created.getMetadata().getName());
      } catch (KubernetesClientException e) {
        expectations.creationObserved(key);
        events.warning(rs, "FailedCreate", "Error creating VMI: " + e.getMessage());
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
        client.resource(vmi).delete();
        events.normal(
            rs,
            "SuccessfulDelete",
            "Deleted virtual machine instance: " + vmi.getMetadata().getUid());
      } catch (KubernetesClientException e) {
        expectations.deletionObserved(key, vmi.getMetadata().getUid());
        events.warning(rs, "FailedDelete", "Error deleting VMI: " + e.getMessage());
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
