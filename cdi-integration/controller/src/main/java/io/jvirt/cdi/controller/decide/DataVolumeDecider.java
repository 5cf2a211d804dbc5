package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One pure step of CDI's DataVolume and import controllers together: observation in, decision out.
 * The legacy (non-populator) import, upload and host-assisted clone paths.
 */
public final class DataVolumeDecider {
  /** How often a DataVolume waiting for its DataSource or clone source looks again. */
  static final Duration WAIT_INTERVAL = Duration.ofSeconds(10);

  private DataVolumeDecider() {}

  public static DataVolumeDecision decide(DataVolumeObservation observation) {
    DataVolume dv = observation.dataVolume();
    if (dv.getMetadata().getDeletionTimestamp() != null) {
      return DataVolumeDecision.none();
    }
    PersistentVolumeClaim claim = observation.claim();
    return claim == null ? withoutClaim(observation) : withClaim(observation, claim);
  }

  private static DataVolumeDecision withoutClaim(DataVolumeObservation observation) {
    DataVolume dv = observation.dataVolume();
    Map<String, String> annotations = dv.getMetadata().getAnnotations();
    if (annotations != null && annotations.containsKey(CdiAnnotations.PRE_POPULATED)) {
      return statusOnly(DataVolumePhases.derive(observation), List.of());
    }
    DataVolumeSourceRef ref = SourceRefs.followed(dv);
    if (ref != null) {
      SourceRefs.Resolution resolved = SourceRefs.resolve(dv, ref, observation.dataSource());
      if (resolved.pvc() == null) {
        return waiting(observation, resolved.reason(), resolved.message());
      }
      dv = SourceRefs.asPvcClone(dv, resolved.pvc());
    }
    if (CloneSize.sourceNeeded(dv) && observation.cloneSourceClaim() == null) {
      DataVolumeSourcePVC pvc = dv.getSpec().getSource().getPvc();
      return waiting(
          observation,
          CdiReasons.CLONE_SOURCE_MISSING,
          "Source PVC " + pvc.getNamespace() + "/" + pvc.getName() + " not found");
    }
    PvcRendering rendering =
        PvcRenderer.render(
            dv,
            observation.storageClasses(),
            observation.settings(),
            observation.cloneSourceClaim());
    if (!rendering.valid()) {
      CdiEvent invalid = CdiEvent.warning(CdiReasons.ERR_CLAIM_NOT_VALID, rendering.message());
      StatusDecision status =
          DataVolumePhases.derive(observation, CdiReasons.ERR_CLAIM_NOT_VALID, rendering.message());
      return statusOnly(status, List.of(invalid));
    }
    StatusDecision status = DataVolumePhases.derive(observation);
    return new DataVolumeDecision(
        rendering.claim(),
        null,
        null,
        null,
        null,
        null,
        null,
        status,
        status.events(),
        null,
        null,
        null,
        null);
  }

  private static DataVolumeDecision withClaim(
      DataVolumeObservation observation, PersistentVolumeClaim claim) {
    DataVolume dv = observation.dataVolume();
    Map<String, String> annotations = new TreeMap<>();
    OwnerReference adopt = null;
    if (!Objects.equals(Claims.controllerUid(claim), dv.getMetadata().getUid())) {
      if (!adoptable(observation, claim)) {
        String message =
            "Resource \""
                + claim.getMetadata().getName()
                + "\" already exists and is not managed by DataVolume";
        return statusOnly(null, List.of(CdiEvent.warning(CdiReasons.ERR_RESOURCE_EXISTS, message)));
      }
      adopt = PvcRenderer.ownerReference(dv);
      annotations.put(CdiAnnotations.POPULATED_FOR, dv.getMetadata().getName());
    }
    ImportStep step = ImportStep.NONE;
    UploadStep upload = UploadStep.NONE;
    CloneStep clone = CloneStep.NONE;
    if (adopt == null && !Claims.deleting(claim) && ImportStep.handles(observation)) {
      step = ImportStep.decide(observation.withClaim(claim));
      annotations.putAll(step.annotations());
    } else if (adopt == null && !Claims.deleting(claim) && UploadStep.handles(observation)) {
      upload = UploadStep.decide(observation.withClaim(claim));
      annotations.putAll(upload.annotations());
    } else if (adopt == null && !Claims.deleting(claim) && CloneStep.handles(observation)) {
      clone = CloneStep.decide(observation.withClaim(claim));
      upload = clone.target();
      annotations.putAll(upload.annotations());
    }
    PersistentVolumeClaim effective = withAnnotations(claim, annotations);
    StatusDecision status = DataVolumePhases.derive(observation.withClaim(effective));
    List<CdiEvent> events = new ArrayList<>(step.events());
    events.addAll(upload.events());
    events.addAll(status.events());
    Duration requeue =
        status.status().getPhase() == DataVolumePhase.IMPORT_IN_PROGRESS
                || status.status().getPhase() == DataVolumePhase.CLONE_IN_PROGRESS
            ? DataVolumeDecision.PROGRESS_INTERVAL
            : null;
    return new DataVolumeDecision(
        null,
        adopt,
        changed(claim, annotations),
        step.labels(),
        firstOf(step.createPod(), upload.createPod(), clone.createSourcePod()),
        step.createScratchClaim() != null ? step.createScratchClaim() : upload.createScratchClaim(),
        step.deletePod() != null ? step.deletePod() : upload.deletePod(),
        status,
        events,
        requeue,
        upload.createService(),
        upload.deleteService(),
        clone.deleteSourcePod());
  }

  @SafeVarargs
  private static <T> T firstOf(T... candidates) {
    for (T candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean adoptable(DataVolumeObservation observation, PersistentVolumeClaim claim) {
    DataVolume dv = observation.dataVolume();
    if (Claims.controllerUid(claim) != null) {
      return false;
    }
    if (PhaseRules.populatedFor(claim, dv)) {
      return true;
    }
    Map<String, String> annotations = dv.getMetadata().getAnnotations();
    String allow =
        annotations == null ? null : annotations.get(CdiAnnotations.ALLOW_CLAIM_ADOPTION);
    return allow == null ? observation.settings().claimAdoption() : "true".equals(allow);
  }

  private static Map<String, String> changed(
      PersistentVolumeClaim claim, Map<String, String> wanted) {
    Map<String, String> current = Claims.annotations(claim);
    Map<String, String> out = new TreeMap<>();
    wanted.forEach(
        (key, value) -> {
          if (!value.equals(current.get(key))) {
            out.put(key, value);
          }
        });
    return out;
  }

  private static PersistentVolumeClaim withAnnotations(
      PersistentVolumeClaim claim, Map<String, String> annotations) {
    if (annotations.isEmpty()) {
      return claim;
    }
    Map<String, String> merged = new TreeMap<>(Claims.annotations(claim));
    merged.putAll(annotations);
    return new PersistentVolumeClaimBuilder(claim)
        .editMetadata()
        .withAnnotations(merged)
        .endMetadata()
        .build();
  }

  /** No PVC yet: the DataVolume waits for {@code reason}, looked at again now and then. */
  private static DataVolumeDecision waiting(
      DataVolumeObservation observation, String reason, String message) {
    StatusDecision status = DataVolumePhases.derive(observation, reason, message, true);
    // a sizeless clone's source PVC belongs to another DataVolume: no event of ours announces it
    return new DataVolumeDecision(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        status,
        status.events(),
        WAIT_INTERVAL,
        null,
        null,
        null);
  }

  private static DataVolumeDecision statusOnly(StatusDecision status, List<CdiEvent> events) {
    List<CdiEvent> all = new ArrayList<>(events);
    if (status != null) {
      all.addAll(status.events());
    }
    return new DataVolumeDecision(
        null, null, null, null, null, null, null, status, all, null, null, null, null);
  }
}
