package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.controller.runtime.LeanItemStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The VirtualMachineInstance controller: renders and creates the launcher pod, follows it through
 * Pending, Scheduling and Scheduled, and hands the VMI over to virt-handler on its node.
 */
// conflicts with virt-handler and the other controllers are normal: keep retrying, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
// every event, deletions included, comes to reconcile: the foreground-delete finalizer (added by
// admission) is removed by the same write that records the final status, not by a second patch
@ControllerConfiguration(
    name = "virtualmachineinstance",
    generationAwareEventProcessing = false,
    triggerReconcilerOnAllEvents = true,
    informer = @Informer(itemStore = LeanItemStore.class))
public final class VirtualMachineInstanceReconciler implements Reconciler<VirtualMachineInstance> {
  /** How often a VMI waiting for its DataVolumes looks again. */
  static final Duration DATA_VOLUME_POLL = Duration.ofSeconds(2);

  private final VmiActions actions;
  private final VmiSync sync;

  /** A reconciler syncing through {@code sync}, which acts through {@code actions}. */
  public VirtualMachineInstanceReconciler(VmiActions actions, VmiSync sync) {
    this.actions = actions;
    this.sync = sync;
  }

  @Override
  public List<EventSource<?, VirtualMachineInstance>> prepareEventSources(
      EventSourceContext<VirtualMachineInstance> context) {
    var pods =
        InformerEventSourceConfiguration.from(Pod.class, VirtualMachineInstance.class)
            .withLabelSelector(KubevirtLabels.APP + "=" + KubevirtLabels.LAUNCHER)
            .withSecondaryToPrimaryMapper(
                Mappers.fromOwnerReferences(VirtualMachineInstance.class, false))
            .withItemStore(new LeanItemStore<>())
            .build();
    return List.of(new InformerEventSource<>(pods, context));
  }

  @Override
  public UpdateControl<VirtualMachineInstance> reconcile(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    if (context.isPrimaryResourceDeleted()) {
      actions.forget(vmi);
      return UpdateControl.noUpdate();
    }
    List<Pod> pods = new ArrayList<>(context.getSecondaryResources(Pod.class));
    pods.sort(Comparator.comparing(p -> p.getMetadata().getName()));
    VmiSync.Result result = sync.sync(vmi, pods);
    if (result.written() != null) {
      // the next event may come before the informer shows this write: sync from what was stored,
      // not from the older copy, which would only earn a conflict
      context
          .eventSourceRetriever()
          .getControllerEventSource()
          .handleRecentResourceUpdate(
              ResourceID.fromResource(result.written()), result.written(), vmi);
    }
    // DataVolumes are not watched here: a VMI waiting for them looks again
    return result.waitingForDataVolumes()
        ? UpdateControl.<VirtualMachineInstance>noUpdate().rescheduleAfter(DATA_VOLUME_POLL)
        : UpdateControl.noUpdate();
  }
}
