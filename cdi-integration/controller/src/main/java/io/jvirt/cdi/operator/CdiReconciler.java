package io.jvirt.cdi.operator;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.retry.GradualRetry;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDIStatus;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.cdi.operator.decide.CdiStatusDecider;
import io.jvirt.cdi.operator.decide.ControllerDeployment;
import io.jvirt.cdi.operator.decide.UninstallGate;
import io.jvirt.cdi.operator.decide.UploadComponents;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CDI operator's reconciler: deploys cdi-controller and the CDIConfig for the CDI CR, reports
 * Deploying → Deployed, and on deletion removes them, unless the CR's uninstall strategy holds
 * removal while DataVolumes exist.
 */
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
// upstream's finalizer has no slash, which the operator SDK refuses: it is kept by hand here, and
// the SDK is told to call reconcile for CRs being deleted too
@ControllerConfiguration(
    name = "cdi",
    generationAwareEventProcessing = false,
    triggerReconcilerOnAllEvents = true)
public final class CdiReconciler implements Reconciler<CDI> {
  /** While components come up or removal is held, look again this often. */
  static final Duration WAIT = Duration.ofSeconds(5);

  private final CdiComponentActions actions;
  private final CdiOperatorOptions options;
  private final Clock clock;

  /** A reconciler deploying through {@code actions}. */
  public CdiReconciler(CdiComponentActions actions, CdiOperatorOptions options, Clock clock) {
    this.actions = actions;
    this.options = options;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, CDI>> prepareEventSources(EventSourceContext<CDI> context) {
    var deployments =
        InformerEventSourceConfiguration.from(Deployment.class, CDI.class)
            .withName("components")
            .withNamespaces(Set.of(options.namespace()))
            .withLabelSelector(
                CdiLabels.COMPONENT + " in (" + String.join(",", UploadComponents.labels()) + ")")
            .withSecondaryToPrimaryMapper(
                d ->
                    d.getMetadata().getOwnerReferences() == null
                        ? Set.of()
                        : d.getMetadata().getOwnerReferences().stream()
                            .filter(o -> "CDI".equals(o.getKind()))
                            .map(o -> new ResourceID(o.getName()))
                            .collect(java.util.stream.Collectors.toSet()))
            .build();
    return List.of(new InformerEventSource<>(deployments, context));
  }

  @Override
  public UpdateControl<CDI> reconcile(CDI cdi, Context<CDI> context) {
    if (context.isPrimaryResourceDeleted()) {
      return UpdateControl.noUpdate();
    }
    List<String> finalizers = cdi.getMetadata().getFinalizers();
    boolean held = finalizers != null && finalizers.contains(CdiComponents.CR_FINALIZER);
    if (cdi.getMetadata().getDeletionTimestamp() != null) {
      return held ? remove(cdi) : UpdateControl.noUpdate();
    }
    if (!held) {
      actions.addFinalizer(cdi);
      return UpdateControl.noUpdate(); // the write brings the CR back
    }
    actions.ensureConfig(cdi);
    ControllerDeployment.Images images =
        new ControllerDeployment.Images(
            options.controllerImage(), options.importerImage(), options.pullPolicy());
    List<Deployment> wanted = new ArrayList<>();
    wanted.add(ControllerDeployment.render(cdi, options.namespace(), images));
    wanted.addAll(UploadComponents.deployments(cdi, options.namespace(), images));
    UploadComponents.services(cdi, options.namespace()).forEach(actions::apply);
    boolean ready = true;
    for (Deployment deployment : wanted) {
      ready &= ready(actions.apply(deployment));
    }
    CDIStatus status =
        CdiStatusDecider.installed(cdi.getStatus(), ready, options.version(), clock.instant());
    UpdateControl<CDI> control = UpdateControl.noUpdate();
    if (!CdiStatusDecider.same(status, cdi.getStatus())) {
      cdi.setStatus(status);
      // no status subresource on the CDI kind (as upstream): the status goes with the object
      control = UpdateControl.patchResource(cdi);
    }
    return ready ? control : control.rescheduleAfter(WAIT);
  }

  private UpdateControl<CDI> remove(CDI cdi) {
    String blockedBy =
        UninstallGate.blockedBy(
            cdi.getSpec() == null ? null : cdi.getSpec().getUninstallStrategy(),
            actions.dataVolumeCount());
    CDIStatus status = CdiStatusDecider.deleting(cdi.getStatus(), blockedBy, clock.instant());
    if (!CdiStatusDecider.same(status, cdi.getStatus())) {
      actions.writeStatus(cdi, status);
    }
    if (blockedBy != null) {
      actions.warn(cdi, "UninstallBlocked", blockedBy);
      return UpdateControl.<CDI>noUpdate().rescheduleAfter(WAIT.multipliedBy(2));
    }
    actions.removeComponents(options.namespace());
    actions.removeFinalizer(cdi);
    return UpdateControl.noUpdate();
  }

  private static boolean ready(Deployment deployment) {
    if (deployment == null || deployment.getStatus() == null) {
      return false;
    }
    DeploymentStatus status = deployment.getStatus();
    int wanted =
        deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
    Long observed = status.getObservedGeneration();
    return observed != null
        && observed >= deployment.getMetadata().getGeneration()
        && status.getUpdatedReplicas() != null
        && status.getUpdatedReplicas() >= wanted
        && status.getAvailableReplicas() != null
        && status.getAvailableReplicas() >= wanted;
  }
}
