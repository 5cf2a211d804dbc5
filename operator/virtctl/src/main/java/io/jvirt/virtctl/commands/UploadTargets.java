package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.client.CdiClient;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the PVC to upload into, or creates the DataVolume or PVC, with upstream's checks. */
final class UploadTargets {
  private final CdiClient cdi;
  private final PrintStream out;
  private final String namespace;
  private final UploadRequest request;

  UploadTargets(CdiClient cdi, PrintStream out, String namespace, UploadRequest request) {
    this.cdi = cdi;
    this.out = out;
    this.namespace = namespace;
    this.request = request;
  }

  /** Creates the target when there is none, else checks the existing PVC can take an upload. */
  void prepare() {
    Optional<PersistentVolumeClaim> existing = cdi.getClaim(namespace, request.name());
    if (existing.isEmpty()) {
      out.printf("PVC %s/%s not found%n", namespace, request.name());
      if (request.noCreate()) {
        throw new CommandFailedException(
            "persistentvolumeclaims \"" + request.name() + "\" not found");
      }
      create();
      return;
    }
    PersistentVolumeClaim claim = existing.get();
    if (!request.claimForm() && cdi.getDataVolume(namespace, request.name()).isEmpty()) {
      throw new CommandFailedException(
          "no dataVolume is associated with the existing PVC " + namespace + "/" + request.name());
    }
    Map<String, String> annotations = claim.getMetadata().getAnnotations();
    Map<String, String> present = annotations == null ? Map.of() : annotations;
    if ("Succeeded".equals(present.get(CdiAnnotations.POD_PHASE))) {
      throw new CommandFailedException(
          "PVC " + request.name() + " already successfully imported/cloned/updated");
    }
    // Upstream compares the annotation's value with "", which its own empty marker also equals:
    // without --no-create an existing PVC is never reused.
    String target = present.get(CdiAnnotations.UPLOAD_TARGET);
    if (!request.noCreate() && (target == null || target.isEmpty())) {
      throw new CommandFailedException("PVC " + request.name() + " not available for upload");
    }
    if (request.archive()
        && !UploadVolumes.ARCHIVE.equals(present.get(CdiAnnotations.CONTENT_TYPE))) {
      throw new CommandFailedException(
          "PVC " + request.name() + " does not have archive contentType annotation");
    }
    if (target == null) {
      Map<String, String> marked = new HashMap<>(present);
      marked.put(CdiAnnotations.UPLOAD_TARGET, "");
      claim.getMetadata().setAnnotations(marked);
      claim = cdi.updateClaim(claim);
    }
    out.printf("Using existing PVC %s/%s%n", namespace, claim.getMetadata().getName());
  }

  private void create() {
    if (!request.storageClass().isEmpty() && !cdi.storageClassExists(request.storageClass())) {
      throw new CommandFailedException(
          "storageclasses.storage.k8s.io \"" + request.storageClass() + "\" not found");
    }
    if (request.claimForm()) {
      cdi.createClaim(UploadVolumes.claim(request, namespace));
      out.printf("PersistentVolumeClaim %s/%s created%n", namespace, request.name());
    } else {
      cdi.createDataVolume(UploadVolumes.dataVolume(request, namespace));
      out.printf("DataVolume %s/%s created%n", namespace, request.name());
    }
  }
}
