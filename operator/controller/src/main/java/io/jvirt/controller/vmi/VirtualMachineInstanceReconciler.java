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
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.controller.vmi.decide.DataVolumeStates;
import io.jvirt.controller.vmi.decide.DataVolumesReadyCondition;
import io.jvirt.controller.vmi.decide.VmiStatusDecider;
import io.jvirt.controller.vmi.decide.VmiStatusUpdate;
import java.time.Clock;
import java.time.Duration;
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
  /** How often a VMI waiting for its DataVolumes looks again. */
  static final Duration DATA_VOLUME_POLL = Duration.ofSeconds(2);

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
    boolean waiting = sync(vmi, context, true);
    // DataVolumes are not watched here: a VMI waiting for them looks again
    return waiting
        ? UpdateControl.<VirtualMachineInstance>noUpdate().rescheduleAfter(DATA_VOLUME_POLL)
        : UpdateControl.noUpdate();
  }

  /**
   * A deleted VMI goes only when its launcher pods are gone and it is final: the finalizer
   * (upstream's foreground-delete one, managed here by the operator framework) holds it until then.
   */
  @Override
  public DeleteControl cleanup(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context) {
    boolean done = sync(vmi, context, false);
    if (!done) {
      return DeleteControl.noFinalizerRemoval();
    }
    actions.forget(vmi);
    return DeleteControl.defaultDelete();
  }

  /**
   * Observe, decide, act. Returns, when {@code live}, whether the VMI waits for its DataVolumes;
   * when deleting, whether the decider would let the VMI's finalizer go.
   */
  private boolean sync(
      VirtualMachineInstance vmi, Context<VirtualMachineInstance> context, boolean live) {
    List<Pod> pods = new ArrayList<>(context.getSecondaryResources(Pod.class));
    pods.sort((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName()));
    DataVolumeStates volumes =
        live && lookAtDataVolumes(vmi)
            ? DataVolumeStates.of(vmi, actions.dataVolumes(vmi, DataVolumeStates.names(vmi)))
            : DataVolumeStates.UNKNOWN;
    VmiStatusUpdate update = VmiStatusDecider.decide(vmi, pods, volumes, clock.instant(), null);
    // the framework owns the finalizer: it is removed by cleanup's answer, never by a write
    actions.apply(
        vmi,
        new VmiStatusUpdate(
            update.status(),
            update.labelsToAdd(),
            update.createPod(),
            update.createTemporaryPod(),
            update.podsToDelete(),
            false),
        pods);
    if (!live) {
      return update.removeForegroundFinalizer();
    }
    return !volumes.ready() && update.status().getPhase() == VirtualMachineInstancePhase.PENDING;
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
