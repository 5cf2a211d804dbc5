package io.jvirt.controller.vmirs;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
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
import io.jvirt.controller.runtime.LeanItemStore;
import io.jvirt.controller.vmirs.decide.VmiClaims;
import io.jvirt.controller.vmirs.decide.VmiFromReplicaSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The VMI ReplicaSet controller: keeps {@code spec.replicas} VMIs, replacing finished ones. */
// conflicts with virt-handler and the other controllers are normal: keep retrying, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
// deletions come to reconcile too, so a deleted replica set's expectations are forgotten
@ControllerConfiguration(
    name = "virtualmachineinstancereplicaset",
    generationAwareEventProcessing = false,
    triggerReconcilerOnAllEvents = true,
    informer = @Informer(itemStore = LeanItemStore.class))
public final class VirtualMachineInstanceReplicaSetReconciler
    implements Reconciler<VirtualMachineInstanceReplicaSet> {
  private final ReplicaSetSync sync;

  /** A reconciler handing each replica set to {@code sync}. */
  public VirtualMachineInstanceReplicaSetReconciler(ReplicaSetSync sync) {
    this.sync = sync;
  }

  @Override
  public List<EventSource<?, VirtualMachineInstanceReplicaSet>> prepareEventSources(
      EventSourceContext<VirtualMachineInstanceReplicaSet> context) {
    var replicaSets = context.getPrimaryCache();
    var vmis =
        InformerEventSourceConfiguration.from(
                VirtualMachineInstance.class, VirtualMachineInstanceReplicaSet.class)
            .withSecondaryToPrimaryMapper(vmi -> interestedIn(vmi, replicaSets))
            .withItemStore(new LeanItemStore<>())
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
    if (context.isPrimaryResourceDeleted()) {
      sync.forget(rs);
      return UpdateControl.noUpdate();
    }
    var informer =
        (InformerEventSource<VirtualMachineInstance, VirtualMachineInstanceReplicaSet>)
            context.eventSourceRetriever().getEventSourceFor(VirtualMachineInstance.class);
    sync.sync(rs, informer.list(rs.getMetadata().getNamespace()).collect(Collectors.toList()));
    return UpdateControl.noUpdate();
  }
}
