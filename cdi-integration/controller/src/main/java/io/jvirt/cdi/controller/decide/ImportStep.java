package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.ImporterPod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The import controller's part of a decision (section 4.4 and 4.5): name the importer pod, create
 * it, create its scratch PVC, carry its state back to the PVC, delete it when it is done.
 */
record ImportStep(
    Map<String, String> annotations,
    Map<String, String> labels,
    List<CdiEvent> events,
    Pod createPod,
    PersistentVolumeClaim createScratchClaim,
    String deletePod) {
  static final ImportStep NONE = new ImportStep(Map.of(), Map.of(), List.of(), null, null, null);

  /**
   * The PVC is an import target the controller works on now: it names a source, is not populated by
   * a third party, and is bound (or WaitForFirstConsumer is not honoured for it).
   */
  static boolean handles(DataVolumeObservation observation) {
    PersistentVolumeClaim claim = observation.claim();
    Map<String, String> annotations = Claims.annotations(claim);
    if (DataVolumeKind.of(observation.dataVolume()) != DataVolumeKind.IMPORT
        || annotations.containsKey(CdiAnnotations.EXTERNAL_POPULATION)
        || !annotations.containsKey(CdiAnnotations.SOURCE)
            && !annotations.containsKey(CdiAnnotations.ENDPOINT)) {
      return false;
    }
    return Claims.bound(claim)
        || !observation.settings().honorWaitForFirstConsumer()
        || observation.immediateBinding();
  }

  static ImportStep decide(DataVolumeObservation observation) {
    PersistentVolumeClaim claim = observation.claim();
    Map<String, String> current = Claims.annotations(claim);
    String podName = current.get(CdiAnnotations.IMPORT_POD_NAME);
    if (podName == null) {
      String name = ResourceNames.importerPod(claim.getMetadata().getName());
      return new ImportStep(
          Map.of(CdiAnnotations.IMPORT_POD_NAME, name), Map.of(), List.of(), null, null, null);
    }
    Pod pod = observation.importerPod();
    boolean done = PhaseRules.POD_SUCCEEDED.equals(current.get(CdiAnnotations.POD_PHASE));
    boolean fatal = "true".equals(current.get(CdiAnnotations.FATAL_ERROR));
    if (pod == null) {
      return done || fatal
          ? NONE
          : new ImportStep(
              Map.of(),
              Map.of(),
              List.of(),
              ImporterPodRenderer.render(claim, observation.settings()),
              null,
              null);
    }
    return fromPod(observation, claim, pod);
  }

  private static ImportStep fromPod(
      DataVolumeObservation observation, PersistentVolumeClaim claim, Pod pod) {
    boolean retain =
        "true".equals(Claims.annotations(claim).get(CdiAnnotations.POD_RETAIN_AFTER_COMPLETION));
    PodFeedback feedback = PodFeedback.of(claim, pod, retain);
    Map<String, String> annotations = new TreeMap<>(feedback.annotations);
    PersistentVolumeClaim scratch = observation.scratchClaim();
    boolean deletePod = feedback.deletePod;
    PersistentVolumeClaim createScratch = null;
    if (scratch != null && Claims.deleting(scratch)) {
      deletePod = true;
    } else if (scratch == null
        && mountsScratch(pod)
        && PhaseRules.POD_PENDING.equals(
            pod.getStatus() == null ? null : pod.getStatus().getPhase())
        && pod.getMetadata().getUid() != null) {
      createScratch = ScratchClaimRenderer.render(claim, pod, observation.settings());
    }
    Map<String, String> labels = new TreeMap<>();
    Map<String, String> existing =
        claim.getMetadata().getLabels() == null ? Map.of() : claim.getMetadata().getLabels();
    feedback.labels.forEach(
        (k, v) -> {
          if (!existing.containsKey(k)) {
            labels.put(k, v);
          }
        });
    return new ImportStep(
        annotations,
        labels,
        feedback.events,
        null,
        createScratch,
        deletePod && pod.getMetadata().getDeletionTimestamp() == null
            ? pod.getMetadata().getName()
            : null);
  }

  private static boolean mountsScratch(Pod pod) {
    return pod.getSpec() != null
        && pod.getSpec().getVolumes() != null
        && pod.getSpec().getVolumes().stream()
            .anyMatch(
                v ->
                    v.getPersistentVolumeClaim() != null
                        && v.getName().equals(ImporterPod.SCRATCH_VOLUME));
  }
}
