package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.controller.vmi.decide.VmiStatusDecider;
import io.jvirt.controller.vmi.decide.VmiStatusUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The VirtualMachineInstance controller: renders and creates the launcher pod, follows it through
 * Pending, Scheduling and Scheduled, and hands the VMI over to virt-handler on its node.
 */
// conflicts with virt-handler and the other controllers are normal: keep retrying, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
@ControllerConfiguration(
    name = "virtualmachineinstance",
    finalizerName = KubevirtFinalizers.VMI_FOREGROUND_DELETE,
    generationAwareEventProcessing = false)
public final class VirtualMachineInstanceReconciler
    implements Reconciler<VirtualMachineInstance>, Cleaner<VirtualMachineInstance> {
  private final VmiActions actions;
  private final Clock clock;

  /** A reconciler acting through {@code actions}. */
  public VirtualMachineInstanceReconciler(VmiActions actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, VirtualMachineInstance>> prepareEventSources(
      EventSourceContext<VirtualMachineInstance> context) {
    var pods =
        InformerEventSourceConfiguration.from(Pod.class, VirtualMachineInstance.class)
            .withLabelSelector(KubevirtLabels.APP + "=" + KubevirtLabels.LAUNCHER)
            .withSecondaryToPrimaryMapper(
                Mappers.fromOwnerReferences(VirtualMachineInstance.class, false))
            .build();
    return List.of(new InformerEventSource<>(pods, context));
  }

  @Override
  public UpdateControl<VirtualMachineInstance> reconcile(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    sync(vmi, context);
    return UpdateControl.noUpdate();
  }

  /**
   * A deleted VMI goes only when its launcher pods are gone and it is final: the finalizer
   * (upstream's foreground-delete one, managed here by the operator framework) holds it until then.
   */
  @Override
  public DeleteControl cleanup(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    boolean done = sync(vmi, context);
    return done ? DeleteControl.defaultDelete() : DeleteControl.noFinalizerRemoval();
  }

  /** Observe, decide, act; true when the decider would let the VMI's finalizer go. */
  private boolean sync(VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    List<Pod> pods = new ArrayList<>(context.getSecondaryResources(Pod.class));
    pods.sort((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName()));
    VmiStatusUpdate update = VmiStatusDecider.decide(vmi, pods, clock.instant());
    // the framework owns the finalizer: it is removed by cleanup's answer, never by a write
    actions.apply(
        vmi,
        new VmiStatusUpdate(
            update.status(),
            update.labelsToAdd(),
            update.createPod(),
            update.podsToDelete(),
            false),
        pods);
    return update.removeForegroundFinalizer();
  }
}
