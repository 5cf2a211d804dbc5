package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the I/O layer should do for one DataVolume, in this order: create or adopt the PVC, patch
 * its annotations and labels, create the importer pod or its scratch PVC, delete the importer pod,
 * write the status, record the events, re-queue.
 *
 * @param createClaim the PVC to create, or null
 * @param adoptClaim the controller reference to add to an existing PVC, or null
 * @param claimAnnotations annotations to set on the existing PVC (empty: none)
 * @param claimLabels labels to add to the existing PVC where absent (empty: none)
 * @param createPod the importer pod to create, or null
 * @param createScratchClaim the scratch PVC to create, or null
 * @param deletePod the name of the importer pod to delete, or null
 * @param status the status to write when {@link StatusDecision#changed()}, or null to leave it
 * @param requeueAfter when to look again without a watch event, or null
 * @param createService the upload pod's Service to create, or null
 * @param deleteService the name of the upload Service to delete, or null
 * @param deleteSourcePod a clone's source pod (in the source namespace) to delete, or null
 */
public record DataVolumeDecision(
    PersistentVolumeClaim createClaim,
    OwnerReference adoptClaim,
    Map<String, String> claimAnnotations,
    Map<String, String> claimLabels,
    Pod createPod,
    PersistentVolumeClaim createScratchClaim,
    String deletePod,
    StatusDecision status,
    List<CdiEvent> events,
    Duration requeueAfter,
    Service createService,
    String deleteService,
    Pod deleteSourcePod) {
  /** While an import runs, progress is scraped this often. */
  public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

  public DataVolumeDecision {
    claimAnnotations = claimAnnotations == null ? Map.of() : Map.copyOf(claimAnnotations);
    claimLabels = claimLabels == null ? Map.of() : Map.copyOf(claimLabels);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** Nothing to do. */
  public static DataVolumeDecision none() {
    return new DataVolumeDecision(
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
