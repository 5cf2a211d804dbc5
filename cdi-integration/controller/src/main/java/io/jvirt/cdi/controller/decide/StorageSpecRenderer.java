package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Completes a DataVolume's {@code storage} form into a claim spec (section 2.3): storage class,
 * access and volume modes from the storage profile, and a size inflated for filesystem overhead.
 */
final class StorageSpecRenderer {
  static final String FILESYSTEM = "Filesystem";
  static final String BLOCK = "Block";
  static final String FROM_STORAGE_PROFILE = "FromStorageProfile";

  private StorageSpecRenderer() {}

  static PersistentVolumeClaimSpec render(
      DataVolume dv, List<StorageClassInfo> classes, CdiSettings settings) throws ClaimNotValid {
    StorageSpec storage = dv.getSpec().getStorage();
    boolean archive =
        DataVolumeValidator.contentType(dv.getSpec()) == DataVolumeContentType.ARCHIVE;
    PersistentVolumeClaimSpec spec = copy(storage);
    if (settings.webhookPvcRendering() && webhookRenders(dv)) {
      spec.setVolumeMode(FROM_STORAGE_PROFILE);
      return spec;
    }
    if (FROM_STORAGE_PROFILE.equals(spec.getVolumeMode())) {
      spec.setVolumeMode(null);
    }
    if (archive) {
      spec.setVolumeMode(FILESYSTEM);
    }
    Optional<StorageClassInfo> chosen =
        StorageClassChoice.choose(storage.getStorageClassName(), !archive, classes);
    chosen.ifPresent(sc -> spec.setStorageClassName(sc.name()));
    if (chosen.isEmpty()) {
      if (spec.getAccessModes() == null || spec.getAccessModes().isEmpty()) {
        throw new ClaimNotValid(
            "spec.storage.accessModes",
            "PVC spec is missing accessMode and no storageClass to choose profile");
      }
    } else {
      ProfileModes.fill(spec, chosen.get());
    }
    inflate(spec, chosen.orElse(null), settings.filesystemOverheads());
    return spec;
  }

  private static boolean webhookRenders(DataVolume dv) {
    Map<String, String> labels = dv.getMetadata().getLabels();
    return labels != null && "true".equals(labels.get(CdiLabels.APPLY_STORAGE_PROFILE));
  }

  private static PersistentVolumeClaimSpec copy(StorageSpec storage) {
    VolumeResourceRequirements resources =
        DeepCopies.of(storage.getResources(), VolumeResourceRequirements.class);
    return new PersistentVolumeClaimSpecBuilder()
        .withAccessModes(
            storage.getAccessModes() == null ? null : new ArrayList<>(storage.getAccessModes()))
        .withSelector(storage.getSelector())
        .withResources(resources)
        .withVolumeName(storage.getVolumeName())
        .withStorageClassName(storage.getStorageClassName())
        .withVolumeMode(storage.getVolumeMode())
        .withDataSource(storage.getDataSource())
        .withDataSourceRef(storage.getDataSourceRef())
        .build();
  }

  /** Filesystem sizes grow by the overhead; every size grows to the profile's minimum. */
  private static void inflate(
      PersistentVolumeClaimSpec spec, StorageClassInfo sc, FilesystemOverheads overheads) {
    if (spec.getResources() == null || spec.getResources().getRequests() == null) {
      return;
    }
    Quantity requested = spec.getResources().getRequests().get("storage");
    if (requested == null) {
      return;
    }
    long bytes = Sizes.bytes(requested);
    if (!BLOCK.equals(spec.getVolumeMode())) {
      bytes = Sizes.requiredSpace(overheads.forStorageClass(spec.getStorageClassName()), bytes);
    }
    if (sc != null && sc.minimumSupportedPvcSizeBytes() != null) {
      bytes = Math.max(bytes, sc.minimumSupportedPvcSizeBytes());
    }
    Map<String, Quantity> requests = new TreeMap<>(spec.getResources().getRequests());
    requests.put("storage", Sizes.quantity(bytes));
    spec.getResources().setRequests(requests);
  }
}
