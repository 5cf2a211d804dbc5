package io.jvirt.cdi.controller.datavolume;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
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
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes a worker pod whose PVC is gone or being deleted. Its PVC is what owns it, and the PVC's
 * protection finalizer waits for the pod: without this, deleting a DataVolume mid-import would
 * leave both behind.
 */
@ControllerConfiguration(
    name = "worker-reaper",
    informer = @Informer(labelSelector = CdiLabels.APP + "=" + CdiLabels.APP_VALUE),
    generationAwareEventProcessing = false)
public final class WorkerPodReaper implements Reconciler<Pod> {
  private final DataVolumeActions actions;
  private InformerEventSource<PersistentVolumeClaim, Pod> claims;

  /** Deletes through {@code actions}. */
  public WorkerPodReaper(DataVolumeActions actions) {
    this.actions = actions;
  }

  @Override
  public List<EventSource<?, Pod>> prepareEventSources(EventSourceContext<Pod> context) {
    claims =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(PersistentVolumeClaim.class, Pod.class)
                .withName("worker-claims")
                .withSecondaryToPrimaryMapper(
                    claim ->
                        Optional.ofNullable(claim.getMetadata().getAnnotations())
                            .map(a -> a.get(CdiAnnotations.IMPORT_POD_NAME))
                            .map(
                                pod ->
                                    Set.of(new ResourceID(pod, claim.getMetadata().getNamespace())))
                            .orElse(Set.of()))
                .build(),
            context);
    return List.of(claims);
  }

  @Override
  public UpdateControl<Pod> reconcile(Pod pod, Context<Pod> context) {
    if (pod.getMetadata().getDeletionTimestamp() != null) {
      return UpdateControl.noUpdate();
    }
    Optional<String> owner =
        Optional.ofNullable(pod.getMetadata().getOwnerReferences()).orElse(List.of()).stream()
            .filter(o -> "PersistentVolumeClaim".equals(o.getKind()))
            .map(OwnerReference::getName)
            .findFirst();
    if (owner.isEmpty()) {
      return UpdateControl.noUpdate();
    }
    PersistentVolumeClaim claim =
        claims.get(new ResourceID(owner.get(), pod.getMetadata().getNamespace())).orElse(null);
    if (claim == null) {
      // this informer may lag the one the pod's creator saw the claim in: ask the API server
      claim = actions.readClaim(pod.getMetadata().getNamespace(), owner.get());
    }
    if (claim == null || claim.getMetadata().getDeletionTimestamp() != null) {
      actions.deletePod(pod.getMetadata().getNamespace(), pod.getMetadata().getName());
    }
    return UpdateControl.noUpdate();
  }
}
