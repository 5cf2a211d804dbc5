package io.jvirt.controller.kubevirt;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
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
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.KubeVirtStatus;
import io.jvirt.contract.Components;
import io.jvirt.controller.kubevirt.decide.ComponentState;
import io.jvirt.controller.kubevirt.decide.KubeVirtStatusDecider;
import io.jvirt.controller.kubevirt.decide.Release;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reports the installation's health on the KubeVirt CR of virt-controller's own namespace (phase
 * {@code Deployed}, condition {@code Available}), from the Deployments of virt-api and
 * virt-controller and the virt-handler DaemonSet, so installers and GitOps health checks can wait
 * for it.
 */
@ControllerConfiguration(name = "kubevirt-status", generationAwareEventProcessing = false)
public final class KubeVirtStatusReconciler implements Reconciler<KubeVirt> {
  /** The components whose readiness makes the installation available, in report order. */
  public static final List<String> DEPLOYMENTS = Components.DEPLOYMENTS;

  public static final String HANDLER = Components.HANDLER;
  private static final String COMPONENT_LABEL = Components.LABEL;

  private final KubernetesClient client;
  private final String namespace;
  private final Release release;
  private final Clock clock;

  /** Reports on KubeVirt CRs in {@code namespace}, for the release of {@code launcherImage}. */
  public KubeVirtStatusReconciler(
      KubernetesClient client, String namespace, String launcherImage, Clock clock) {
    this.client = client;
    this.namespace = namespace;
    this.release = Release.fromImage(launcherImage);
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, KubeVirt>> prepareEventSources(EventSourceContext<KubeVirt> context) {
    IndexerResourceCache<KubeVirt> crs = context.getPrimaryCache();
    String selector =
        COMPONENT_LABEL + " in (" + String.join(",", DEPLOYMENTS) + "," + HANDLER + ")";
    var deployments =
        InformerEventSourceConfiguration.from(Deployment.class, KubeVirt.class)
            .withNamespaces(Set.of(namespace))
            .withLabelSelector(selector)
            .withSecondaryToPrimaryMapper(d -> crsBeside(d, crs))
            .withPrimaryToSecondaryMapper((KubeVirt kv) -> components(kv, DEPLOYMENTS))
            .build();
    var daemonSets =
        InformerEventSourceConfiguration.from(DaemonSet.class, KubeVirt.class)
            .withNamespaces(Set.of(namespace))
            .withLabelSelector(selector)
            .withSecondaryToPrimaryMapper(d -> crsBeside(d, crs))
            .withPrimaryToSecondaryMapper((KubeVirt kv) -> components(kv, List.of(HANDLER)))
            .build();
    return List.of(
        new InformerEventSource<>(deployments, context),
        new InformerEventSource<>(daemonSets, context));
  }

  /**
   * The components a CR reports on, by name: without this, a component that settled before its CR
   * existed would never be found (the reverse mapping is recorded only when the component changes).
   */
  private static Set<ResourceID> components(KubeVirt kv, List<String> names) {
    return names.stream()
        .map(name -> new ResourceID(name, kv.getMetadata().getNamespace()))
        .collect(Collectors.toSet());
  }

  private static Set<ResourceID> crsBeside(HasMetadata object, IndexerResourceCache<KubeVirt> crs) {
    return crs.list(object.getMetadata().getNamespace())
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  @Override
  public UpdateControl<KubeVirt> reconcile(KubeVirt kv, Context<KubeVirt> context) {
    List<ComponentState> components =
        ComponentStates.of(
            context.getSecondaryResources(Deployment.class),
            context.getSecondaryResources(DaemonSet.class));
    KubeVirtStatus next = KubeVirtStatusDecider.decide(kv, components, release, clock.instant());
    if (KubeVirtStatusDecider.differs(kv.getStatus(), next)) {
      KubeVirt copy = new KubeVirt();
      copy.setMetadata(kv.getMetadata());
      copy.setSpec(kv.getSpec());
      copy.setStatus(next);
      client.resource(copy).updateStatus();
    }
    return UpdateControl.noUpdate();
  }
}
