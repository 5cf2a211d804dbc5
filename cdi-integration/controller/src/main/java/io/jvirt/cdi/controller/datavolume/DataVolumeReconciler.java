package io.jvirt.cdi.controller.datavolume;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
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
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.cdi.contract.CloneSource;
import io.jvirt.cdi.contract.UploadServer;
import io.jvirt.cdi.controller.cluster.CdiSettingsSource;
import io.jvirt.cdi.controller.decide.CdiEvent;
import io.jvirt.cdi.controller.decide.DataVolumeDecider;
import io.jvirt.cdi.controller.decide.DataVolumeDecision;
import io.jvirt.cdi.controller.decide.DataVolumeObservation;
import io.jvirt.cdi.controller.decide.ResourceNames;
import io.jvirt.cdi.controller.decide.SourceRefs;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The DataVolume controller: observes a DataVolume, its PVC, importer or upload pod and scratch PVC
 * (before the PVC: a clone's DataSource and source PVC), lets {@link DataVolumeDecider} choose,
 * acts through {@link DataVolumeActions}, and writes the status.
 */
// conflicts with the pods' and claims' own writers are normal: retry, gently
@GradualRetry(maxAttempts = 1000, initialInterval = 500, maxInterval = 10_000)
@ControllerConfiguration(name = "datavolume", generationAwareEventProcessing = false)
public final class DataVolumeReconciler implements Reconciler<DataVolume> {
  /** A PVC whose creation failed is tried again after this long. */
  static final Duration CLAIM_RETRY = Duration.ofSeconds(10);

  private final DataVolumeActions actions;
  private final CdiSettingsSource cluster;
  private final ImportProgress progress;
  private final Clock clock;
  private final Map<ResourceID, String> claimErrors = new ConcurrentHashMap<>();
  private InformerEventSource<PersistentVolumeClaim, DataVolume> claims;
  private InformerEventSource<Pod, DataVolume> pods;
  private InformerEventSource<DataSource, DataVolume> dataSources;

  /** A reconciler acting through {@code actions}, reading settings from {@code cluster}. */
  public DataVolumeReconciler(
      DataVolumeActions actions, CdiSettingsSource cluster, ImportProgress progress, Clock clock) {
    this.actions = actions;
    this.cluster = cluster;
    this.progress = progress;
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, DataVolume>> prepareEventSources(
      EventSourceContext<DataVolume> context) {
    // a DataVolume's PVC has its name; its importer pod is owned by that PVC
    claims =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(PersistentVolumeClaim.class, DataVolume.class)
                .withName("claims")
                .withSecondaryToPrimaryMapper(
                    claim ->
                        ownerName(claim.getMetadata().getOwnerReferences(), "DataVolume")
                            .map(owner -> Set.of(new ResourceID(owner, ns(claim))))
                            .orElse(Set.of()))
                .build(),
            context);
    pods =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Pod.class, DataVolume.class)
                .withName("workers")
                .withLabelSelector(CdiLabels.APP + "=" + CdiLabels.APP_VALUE)
                .withSecondaryToPrimaryMapper(DataVolumeReconciler::workerOwner)
                .build(),
            context);
    var dataVolumes = context.getPrimaryCache();
    // a DataVolume waiting for its DataSource starts once that turns Ready
    dataSources =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(DataSource.class, DataVolume.class)
                .withName("datasources")
                .withSecondaryToPrimaryMapper(
                    ds ->
                        dataVolumes
                            .list(dv -> referencesDataSource(dv, ds))
                            .map(ResourceID::fromResource)
                            .collect(Collectors.toSet()))
                .build(),
            context);
    return List.of(claims, pods, dataSources);
  }

  @Override
  public UpdateControl<DataVolume> reconcile(DataVolume dv, Context<DataVolume> context) {
    ResourceID id = ResourceID.fromResource(dv);
    DataVolumeObservation observation = observe(dv, id);
    DataVolumeDecision decision = DataVolumeDecider.decide(observation);
    Duration requeue = act(dv, observation.claim(), decision, id);
    if (decision.requeueAfter() != null
        && (requeue == null || decision.requeueAfter().compareTo(requeue) < 0)) {
      requeue = decision.requeueAfter();
    }
    UpdateControl<DataVolume> control = UpdateControl.noUpdate();
    if (decision.status() != null && decision.status().changed()) {
      dv.setStatus(decision.status().status());
      control = UpdateControl.patchStatus(dv);
    }
    return requeue == null ? control : control.rescheduleAfter(requeue);
  }

  private DataVolumeObservation observe(DataVolume dv, ResourceID id) {
    PersistentVolumeClaim claim = claims.get(id).orElse(null);
    DataVolumeObservation observation =
        DataVolumeObservation.of(dv, claim, cluster.storageClasses(), cluster.settings(), clock)
            .withClaimCreateError(claimErrors.get(id));
    if (claim == null) {
      return beforeClaim(observation, dv);
    }
    claimErrors.remove(id); // the claim exists: an old creation error no longer applies
    Map<String, String> annotations =
        claim.getMetadata().getAnnotations() == null
            ? Map.of()
            : claim.getMetadata().getAnnotations();
    String podName = annotations.get(CdiAnnotations.IMPORT_POD_NAME);
    boolean clone = annotations.containsKey(CdiAnnotations.CLONE_REQUEST);
    if (podName == null && (clone || annotations.containsKey(CdiAnnotations.UPLOAD_TARGET))) {
      podName = UploadServer.name(claim.getMetadata().getName());
    }
    Pod pod = podName == null ? null : pods.get(new ResourceID(podName, ns(dv))).orElse(null);
    if (pod != null) {
      PersistentVolumeClaim scratch =
          claims
              .get(
                  new ResourceID(ResourceNames.scratchClaim(claim.getMetadata().getName()), ns(dv)))
              .orElse(null);
      Double percent =
          annotations.containsKey(CdiAnnotations.IMPORT_POD_NAME)
                  && pod.getStatus() != null
                  && "Running".equals(pod.getStatus().getPhase())
              ? progress.percent(pod, ownerUid(claim))
              : null;
      observation =
          observation.withImporterPod(pod).withScratchClaim(scratch).withImportProgress(percent);
    }
    return clone ? withCloneSource(observation, claim, annotations, dv) : observation;
  }

  /** A clone's DataSource and source PVC, which its PVC's name and size come from. */
  private DataVolumeObservation beforeClaim(DataVolumeObservation observation, DataVolume dv) {
    DataVolumeSourcePVC source =
        dv.getSpec() == null || dv.getSpec().getSource() == null
            ? null
            : dv.getSpec().getSource().getPvc();
    DataVolumeSourceRef ref = SourceRefs.followed(dv);
    if (ref != null) {
      DataSource ds =
          dataSources
              .get(new ResourceID(ref.getName(), SourceRefs.namespace(dv, ref)))
              .orElse(null);
      observation = observation.withDataSource(ds);
      source = SourceRefs.resolve(dv, ref, ds).pvc();
    }
    if (source == null || source.getName() == null || source.getNamespace() == null) {
      return observation;
    }
    return observation.withCloneSourceClaim(
        claims.get(new ResourceID(source.getName(), source.getNamespace())).orElse(null));
  }

  private static boolean referencesDataSource(DataVolume dv, DataSource ds) {
    DataVolumeSourceRef ref = SourceRefs.followed(dv);
    return ref != null
        && ref.getName().equals(ds.getMetadata().getName())
        && SourceRefs.namespace(dv, ref).equals(ds.getMetadata().getNamespace());
  }

  /** Carries out {@code decision}; returns when to look again if a write failed softly. */
  private Duration act(
      DataVolume dv, PersistentVolumeClaim claim, DataVolumeDecision decision, ResourceID id) {
    Duration requeue = null;
    if (decision.createClaim() != null) {
      String error = actions.createClaim(decision.createClaim());
      if (error == null) {
        claimErrors.remove(id);
      } else {
        claimErrors.put(id, error);
        requeue = CLAIM_RETRY;
      }
    }
    if (claim != null
        && (decision.adoptClaim() != null
            || !decision.claimAnnotations().isEmpty()
            || !decision.claimLabels().isEmpty())) {
      actions.updateClaim(
          claim, decision.adoptClaim(), decision.claimAnnotations(), decision.claimLabels());
    }
    if (decision.createScratchClaim() != null) {
      String error = actions.createClaim(decision.createScratchClaim());
      if (error != null) {
        // the worker pod waits for its scratch claim: look again rather than wait for an event
        requeue = CLAIM_RETRY;
      }
    }
    if (decision.createPod() != null) {
      actions.createPod(decision.createPod());
    }
    if (decision.createService() != null) {
      actions.createService(decision.createService());
    }
    if (decision.deletePod() != null) {
      actions.deletePod(ns(dv), decision.deletePod());
    }
    if (decision.deleteSourcePod() != null) {
      actions.deletePod(
          ns(decision.deleteSourcePod()), decision.deleteSourcePod().getMetadata().getName());
    }
    if (decision.deleteService() != null) {
      actions.deleteService(ns(dv), decision.deleteService());
    }
    for (CdiEvent event : decision.events()) {
      actions.record(dv, claim, event);
    }
    return requeue;
  }

  /** The clone's source PVC, and its source pod with the progress it reports while it sends. */
  private DataVolumeObservation withCloneSource(
      DataVolumeObservation observation,
      PersistentVolumeClaim claim,
      Map<String, String> annotations,
      DataVolume dv) {
    String[] source = annotations.get(CdiAnnotations.CLONE_REQUEST).split("/", 2);
    if (source.length != 2) {
      return observation;
    }
    PersistentVolumeClaim sourceClaim =
        claims.get(new ResourceID(source[1], source[0])).orElse(null);
    Pod sourcePod =
        pods.get(new ResourceID(CloneSource.podName(claim.getMetadata().getUid()), source[0]))
            .orElse(null);
    Double percent =
        sourcePod != null
                && sourcePod.getStatus() != null
                && "Running".equals(sourcePod.getStatus().getPhase())
            ? progress.percent(sourcePod, dv.getMetadata().getUid())
            : null;
    return observation
        .withCloneSourceClaim(sourceClaim)
        .withCloneSourcePod(sourcePod)
        .withImportProgress(percent);
  }

  /** A worker pod's DataVolume: through its PVC owner, or a clone source pod's annotation. */
  private static Set<ResourceID> workerOwner(Pod pod) {
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    String target = annotations == null ? null : annotations.get(CloneSource.TARGET_ANNOTATION);
    if (target != null && target.contains("/")) {
      String[] parts = target.split("/", 2);
      return Set.of(new ResourceID(parts[1], parts[0]));
    }
    return ownerName(pod.getMetadata().getOwnerReferences(), "PersistentVolumeClaim")
        .map(owner -> Set.of(new ResourceID(owner, ns(pod))))
        .orElse(Set.of());
  }

  private static String ownerUid(PersistentVolumeClaim claim) {
    List<OwnerReference> owners = claim.getMetadata().getOwnerReferences();
    return owners != null && owners.size() == 1
        ? owners.get(0).getUid()
        : claim.getMetadata().getUid();
  }

  private static java.util.Optional<String> ownerName(List<OwnerReference> owners, String kind) {
    if (owners == null) {
      return java.util.Optional.empty();
    }
    return owners.stream()
        .filter(o -> kind.equals(o.getKind()) && Boolean.TRUE.equals(o.getController()))
        .map(OwnerReference::getName)
        .findFirst();
  }

  private static String ns(io.fabric8.kubernetes.api.model.HasMetadata object) {
    return object.getMetadata().getNamespace();
  }
}
