package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import java.util.List;
import java.util.Map;

/**
 * The host-assisted clone's part of a decision (upstream's clone controller, copy strategy): the
 * target PVC gets an upload server as an upload does; once it is ready, a source pod in the source
 * namespace sends the source disk to it; the source pod goes when the target is filled.
 *
 * @param target the upload server side, as for an upload
 * @param createSourcePod the source pod to create, or null
 * @param deleteSourcePod the source pod to delete (namespace and name), or null
 */
record CloneStep(UploadStep target, Pod createSourcePod, Pod deleteSourcePod) {
  static final CloneStep NONE = new CloneStep(UploadStep.NONE, null, null);

  /** The PVC is a clone target the controller serves now (bound, or binding is not awaited). */
  static boolean handles(DataVolumeObservation observation) {
    PersistentVolumeClaim claim = observation.claim();
    if (DataVolumeKind.of(observation.dataVolume()) != DataVolumeKind.CLONE
        || !Claims.annotations(claim).containsKey(CdiAnnotations.CLONE_REQUEST)) {
      return false;
    }
    return Claims.bound(claim)
        || !observation.settings().honorWaitForFirstConsumer()
        || observation.immediateBinding();
  }

  static CloneStep decide(DataVolumeObservation observation) {
    PersistentVolumeClaim claim = observation.claim();
    PersistentVolumeClaim source = observation.cloneSourceClaim();
    Pod sourcePod = observation.cloneSourcePod();
    boolean done =
        PhaseRules.POD_SUCCEEDED.equals(Claims.annotation(claim, CdiAnnotations.POD_PHASE));
    if (done) {
      return new CloneStep(UploadStep.decide(observation), null, removable(sourcePod));
    }
    if (source == null || Claims.deleting(source)) {
      String message =
          "Source PVC " + Claims.annotation(claim, CdiAnnotations.CLONE_REQUEST) + " not found";
      UploadStep waiting =
          new UploadStep(
              Map.of(
                  CdiAnnotations.RUNNING_CONDITION,
                  "false",
                  CdiAnnotations.RUNNING_CONDITION_REASON,
                  CdiReasons.CLONE_SOURCE_MISSING,
                  CdiAnnotations.RUNNING_CONDITION_MESSAGE,
                  message),
              List.of(),
              null,
              null,
              null,
              null,
              null);
      return new CloneStep(waiting, null, null);
    }
    UploadStep target = UploadStep.decide(observation);
    Pod targetPod = observation.importerPod();
    Pod create = null;
    if (sourcePod == null && ready(targetPod) && targetPod.getStatus().getPodIP() != null) {
      create =
          CloneSourcePodRenderer.render(
              observation.dataVolume(),
              claim,
              source,
              targetPod.getStatus().getPodIP(),
              observation.settings());
    }
    // a source pod that outlived its target's upload server sends to an address nobody has
    Pod stale = sourcePod != null && targetPod == null ? sourcePod : null;
    return new CloneStep(target, create, removable(stale));
  }

  private static Pod removable(Pod pod) {
    return pod == null || pod.getMetadata().getDeletionTimestamp() != null ? null : pod;
  }

  private static boolean ready(Pod pod) {
    return pod != null
        && pod.getStatus() != null
        && PhaseRules.POD_RUNNING.equals(pod.getStatus().getPhase())
        && pod.getStatus().getConditions() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
