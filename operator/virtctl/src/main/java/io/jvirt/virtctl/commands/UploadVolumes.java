package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirementsBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceUpload;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the DataVolume or PVC that {@code image-upload} creates from its flags. */
final class UploadVolumes {
  /** The content type annotation values, as upstream spells them. */
  static final String KUBEVIRT = "kubevirt";

  static final String ARCHIVE = "archive";

  private UploadVolumes() {}

  /** A DataVolume with an upload source and a storage spec holding only what the flags say. */
  static DataVolume dataVolume(UploadRequest request, String namespace) {
    StorageSpec storage = new StorageSpec();
    storage.setResources(
        new VolumeResourceRequirementsBuilder()
            .withRequests(Map.of("storage", new Quantity(request.size())))
            .build());
    if (!request.storageClass().isEmpty()) {
      storage.setStorageClassName(request.storageClass());
    }
    if (!request.accessMode().isEmpty()) {
      storage.setAccessModes(List.of(request.accessMode()));
    }
    storage.setVolumeMode(volumeMode(request.volumeMode()));
    DataVolumeSource source = new DataVolumeSource();
    source.setUpload(new DataVolumeSourceUpload());
    DataVolumeSpec spec = new DataVolumeSpec();
    spec.setSource(source);
    spec.setStorage(storage);
    spec.setContentType(
        request.archive() ? DataVolumeContentType.ARCHIVE : DataVolumeContentType.KUBEVIRT);
    Map<String, String> annotations = new LinkedHashMap<>();
    if (request.forceBind()) {
      annotations.put(CdiAnnotations.IMMEDIATE_BINDING, "");
    }
    DataVolume dataVolume = new DataVolume();
    dataVolume.setMetadata(
        new ObjectMetaBuilder()
            .withName(request.name())
            .withNamespace(namespace)
            .withAnnotations(annotations)
            .build());
    dataVolume.setSpec(spec);
    return dataVolume;
  }

  /** A PVC marked as an upload target; ReadWriteOnce unless another access mode is given. */
  static PersistentVolumeClaim claim(UploadRequest request, String namespace) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(CdiAnnotations.UPLOAD_TARGET, "");
    annotations.put(CdiAnnotations.CONTENT_TYPE, request.archive() ? ARCHIVE : KUBEVIRT);
    if (request.forceBind()) {
      annotations.put(CdiAnnotations.IMMEDIATE_BINDING, "");
    }
    String accessMode = request.accessMode().isEmpty() ? "ReadWriteOnce" : request.accessMode();
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(request.name())
        .withNamespace(namespace)
        .withAnnotations(annotations)
        .endMetadata()
        .withNewSpec()
        .withAccessModes(accessMode)
        .withStorageClassName(request.storageClass().isEmpty() ? null : request.storageClass())
        .withVolumeMode(volumeMode(request.volumeMode()))
        .withNewResources()
        .addToRequests("storage", new Quantity(request.size()))
        .endResources()
        .endSpec()
        .build();
  }

  private static String volumeMode(String flag) {
    return switch (flag) {
      case "block" -> "Block";
      case "filesystem" -> "Filesystem";
      default -> null;
    };
  }
}
