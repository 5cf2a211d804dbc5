package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scratch PVC of an importer pod (section 4.6): {@code <pvc>-scratch}, owned by the pod, RWO
 * Filesystem, on the scratch class or the target's, sized to hold the target's usable bytes.
 */
public final class ScratchClaimRenderer {
  private ScratchClaimRenderer() {}

  public static PersistentVolumeClaim render(
      PersistentVolumeClaim target, Pod importer, CdiSettings settings) {
    String targetClass = target.getSpec().getStorageClassName();
    String scratchClass =
        settings.scratchSpaceStorageClass() == null
            ? targetClass
            : settings.scratchSpaceStorageClass();
    long targetBytes = Sizes.bytes(target.getSpec().getResources().getRequests().get("storage"));
    FilesystemOverheads overheads = settings.filesystemOverheads();
    long usable =
        Claims.block(target)
            ? targetBytes
            : Sizes.usableSpace(overheads.forStorageClass(targetClass), targetBytes);
    long size =
        Sizes.roundUp(
            Sizes.requiredSpace(overheads.forStorageClass(scratchClass), usable), Sizes.MIB);
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(ResourceNames.scratchClaim(target.getMetadata().getName()))
        .withNamespace(target.getMetadata().getNamespace())
        .withLabels(
            new TreeMap<>(
                Map.of(CdiLabels.APP, CdiLabels.APP_VALUE, CdiLabels.EXCLUDE_FROM_BACKUP, "true")))
        .withAnnotations(kubevirtAnnotations(Claims.annotations(target)))
        .withOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion("v1")
                .withKind("Pod")
                .withName(importer.getMetadata().getName())
                .withUid(importer.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build())
        .endMetadata()
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .withVolumeMode(StorageSpecRenderer.FILESYSTEM)
        .withStorageClassName(scratchClass)
        .withNewResources()
        .addToRequests("storage", Sizes.quantity(size))
        .endResources()
        .endSpec()
        .build();
  }

  /** KubeVirt's own annotations travel along; CDI's protocol annotations do not. */
  private static Map<String, String> kubevirtAnnotations(Map<String, String> annotations) {
    Map<String, String> out = new TreeMap<>();
    annotations.forEach(
        (key, value) -> {
          if (key.contains("kubevirt.io/") && !key.startsWith(CdiAnnotations.PREFIX)) {
            out.put(key, value);
          }
        });
    return out.isEmpty() ? null : out;
  }
}
