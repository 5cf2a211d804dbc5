package io.jvirt.controller.vm;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.runtime.LeanItemStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The VirtualMachine controller: observes a VM and its VMI, lets the pure deciders choose, acts
 * through {@link VmActions}, and records status. Holds upstream's VM finalizer while the VM is
 * deleted so the VMI goes first (unless the deletion orphans it).
 */
// conflicts with virt-handler and the other controllers are normal: keep retrying, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
@ControllerConfiguration(
    name = "virtualmachine",
    finalizerName = KubevirtFinalizers.VM_CONTROLLER,
    generationAwareEventProcessing = false,
    informer = @Informer(itemStore = LeanItemStore.class))
public final class VirtualMachineReconciler
    implements Reconciler<VirtualMachine>, Cleaner<VirtualMachine> {
  private final VmActions actions;
  private final VmSync sync;

  /** A reconciler acting through {@code client}. */
  public VirtualMachineReconciler(VmActions actions, VmSync sync) {
    this.actions = actions;
    this.sync = sync;
  }

  @Override
  public List<EventSource<?, VirtualMachine>> prepareEventSources(
      EventSourceContext<VirtualMachine> context) {
    // a VMI belongs to the VM of the same name: that is also how orphans are found for adoption
    var vmis =
        InformerEventSourceConfiguration.from(VirtualMachineInstance.class, VirtualMachine.class)
            .withSecondaryToPrimaryMapper(vmi -> Set.of(ResourceID.fromResource(vmi)))
            .withItemStore(new LeanItemStore<>())
            .build();
    return List.of(new InformerEventSource<>(vmis, context));
  }

  @Override
  public UpdateControl<VirtualMachine> reconcile(
      VirtualMachine vm, Context<VirtualMachine> context) {
    VirtualMachineInstance vmi = claimed(vm, context);
    Duration requeue = sync.sync(vm, vmi);
    return requeue == null
        ? UpdateControl.noUpdate()
        : UpdateControl.<VirtualMachine>noUpdate().rescheduleAfter(requeue);
  }

  @Override
  public DeleteControl cleanup(VirtualMachine vm, Context<VirtualMachine> context) {
    VirtualMachineInstance vmi = claimed(vm, context);
    boolean orphaning = vm.getMetadata().getFinalizers().contains(KubevirtFinalizers.ORPHAN);
    if (vmi == null || orphaning) {
      return DeleteControl.defaultDelete();
    }
    if (vmi.getMetadata().getDeletionTimestamp() == null) {
      actions.deleteVmiAsObserved(vm, vmi);
    }
    sync.recordTerminating(vm, vmi);
    return DeleteControl.noFinalizerRemoval();
  }

  /** The VMI of the same name if this VM controls it, adopting an ownerless one; else null. */
  private VirtualMachineInstance claimed(VirtualMachine vm, Context<VirtualMachine> context) {
    VirtualMachineInstance vmi =
        context.getSecondaryResource(VirtualMachineInstance.class).orElse(null);
    if (vmi == null) {
      return null;
    }
    OwnerReference controller = controllerOf(vmi);
    if (controller == null) {
      boolean adoptable =
          vm.getMetadata().getDeletionTimestamp() == null
              && vmi.getMetadata().getDeletionTimestamp() == null;
      return adoptable ? actions.adopt(vm, vmi) : null;
    }
    return vm.getMetadata().getUid().equals(controller.getUid()) ? vmi : null;
  }

  static OwnerReference controllerOf(VirtualMachineInstance vmi) {
    return vmi.getMetadata().getOwnerReferences().stream()
        .filter(o -> Boolean.TRUE.equals(o.getController()))
        .findFirst()
        .orElse(null);
  }
}
