package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import java.util.Optional;

/** The event a DataVolume emits when its phase changes (section 3.2 step 5). */
final class PhaseEvents {
  private PhaseEvents() {}

  static Optional<CdiEvent> forTransition(
      DataVolume dv, PersistentVolumeClaim claim, DataVolumePhase phase) {
    String pvc = claim.getMetadata().getName();
    if (phase == DataVolumePhase.FAILED && Claims.LOST.equals(Claims.phase(claim))) {
      return Optional.of(CdiEvent.warning(CdiReasons.ERR_CLAIM_LOST, "PVC " + pvc + " lost"));
    }
    if (phase == null) {
      return Optional.empty();
    }
    boolean upload = DataVolumeKind.of(dv) == DataVolumeKind.UPLOAD;
    String clone = cloneDescription(dv, claim);
    return Optional.ofNullable(
        switch (phase) {
          case IMPORT_SCHEDULED ->
              CdiEvent.normal(CdiReasons.IMPORT_SCHEDULED, "Import into " + pvc + " scheduled");
          case IMPORT_IN_PROGRESS ->
              CdiEvent.normal(CdiReasons.IMPORT_IN_PROGRESS, "Import into " + pvc + " in progress");
          case FAILED ->
              CdiEvent.warning(CdiReasons.IMPORT_FAILED, "Failed to import into PVC " + pvc);
          case PAUSED ->
              CdiEvent.normal(
                  CdiReasons.IMPORT_PAUSED, "Multistage import into PVC " + pvc + " is paused");
          case UPLOAD_SCHEDULED ->
              CdiEvent.normal(CdiReasons.UPLOAD_SCHEDULED, "Upload into " + pvc + " scheduled");
          case UPLOAD_READY ->
              CdiEvent.normal(CdiReasons.UPLOAD_READY, "Upload into " + pvc + " ready");
          case CLONE_SCHEDULED -> CdiEvent.normal(CdiReasons.CLONE_SCHEDULED, clone + " scheduled");
          case CLONE_IN_PROGRESS ->
              CdiEvent.normal(CdiReasons.CLONE_IN_PROGRESS, clone + " in progress");
          case SUCCEEDED ->
              clone != null
                  ? CdiEvent.normal(
                      CdiReasons.CLONE_SUCCEEDED, "Successfully c" + clone.substring(1))
                  : upload
                      ? CdiEvent.normal(
                          CdiReasons.UPLOAD_SUCCEEDED, "Successfully uploaded into " + pvc)
                      : CdiEvent.normal(
                          CdiReasons.IMPORT_SUCCEEDED, "Successfully imported into PVC " + pvc);
          default -> null;
        });
  }

  /** "Cloning from ns/source into ns/target" for a clone, else null. */
  private static String cloneDescription(DataVolume dv, PersistentVolumeClaim claim) {
    String source = Claims.annotation(claim, CdiAnnotations.CLONE_REQUEST);
    if (DataVolumeKind.of(dv) != DataVolumeKind.CLONE || source == null) {
      return null;
    }
    return "Cloning from "
        + source
        + " into "
        + claim.getMetadata().getNamespace()
        + "/"
        + claim.getMetadata().getName();
  }
}
