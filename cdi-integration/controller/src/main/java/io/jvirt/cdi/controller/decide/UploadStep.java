package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import io.jvirt.cdi.contract.UploadServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The upload controller's part of a decision (upstream upload-controller): create the upload pod,
 * its Service and scratch PVC, carry the pod's phase and readiness back to the PVC, remove pod and
 * Service once the upload succeeded.
 */
record UploadStep(
    Map<String, String> annotations,
    List<CdiEvent> events,
    Pod createPod,
    Service createService,
    PersistentVolumeClaim createScratchClaim,
    String deletePod,
    String deleteService) {
  static final UploadStep NONE = new UploadStep(Map.of(), List.of(), null, null, null, null, null);

  /** The PVC is an upload target the controller serves now (bound, or binding is not awaited). */
  static boolean handles(DataVolumeObservation observation) {
    PersistentVolumeClaim claim = observation.claim();
    if (DataVolumeKind.of(observation.dataVolume()) != DataVolumeKind.UPLOAD
        || !Claims.annotations(claim).containsKey(CdiAnnotations.UPLOAD_TARGET)) {
      return false;
    }
    return Claims.bound(claim)
        || !observation.settings().honorWaitForFirstConsumer()
        || observation.immediateBinding();
  }

  static UploadStep decide(DataVolumeObservation observation) {
    PersistentVolumeClaim claim = observation.claim();
    Map<String, String> current = Claims.annotations(claim);
    Pod pod = observation.importerPod();
    boolean done = PhaseRules.POD_SUCCEEDED.equals(current.get(CdiAnnotations.POD_PHASE));
    if (pod == null) {
      return done
          ? NONE
          : new UploadStep(
              Map.of(),
              List.of(),
              UploadPodRenderer.pod(claim, observation.settings()),
              UploadPodRenderer.service(claim),
              null,
              null,
              null);
    }
    boolean retain = "true".equals(current.get(CdiAnnotations.POD_RETAIN_AFTER_COMPLETION));
    PodFeedback feedback = PodFeedback.of(claim, pod, retain);
    Map<String, String> annotations = new TreeMap<>(feedback.annotations);
    annotations.put(CdiAnnotations.POD_READY, Boolean.toString(ready(pod)));
    List<CdiEvent> events =
        feedback.events.stream()
            .filter(e -> !CdiReasons.IMPORT_SUCCEEDED.equals(e.reason()))
            .toList();
    PersistentVolumeClaim scratch = observation.scratchClaim();
    PersistentVolumeClaim createScratch =
        scratch == null
                && PhaseRules.POD_PENDING.equals(phase(pod))
                && pod.getMetadata().getUid() != null
            ? ScratchClaimRenderer.render(claim, pod, observation.settings())
            : null;
    boolean succeeded = PhaseRules.POD_SUCCEEDED.equals(phase(pod));
    boolean deletePod =
        feedback.deletePod && succeeded && pod.getMetadata().getDeletionTimestamp() == null;
    return new UploadStep(
        annotations,
        events,
        null,
        null,
        createScratch,
        deletePod ? pod.getMetadata().getName() : null,
        succeeded && !retain ? UploadServer.name(claim.getMetadata().getName()) : null);
  }

  private static String phase(Pod pod) {
    return pod.getStatus() == null ? null : pod.getStatus().getPhase();
  }

  private static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
