package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeDevice;
import io.fabric8.kubernetes.api.model.VolumeDeviceBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.ImporterPod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The importer pod's volumes and where its container sees them (section 4.4 volume table). */
final class ImporterVolumes {
  final List<Volume> volumes = new ArrayList<>();
  final List<VolumeMount> mounts = new ArrayList<>();
  final List<VolumeDevice> devices = new ArrayList<>();

  private ImporterVolumes() {}

  static ImporterVolumes of(PersistentVolumeClaim claim, String scratchClaim) {
    ImporterVolumes out = new ImporterVolumes();
    out.volumes.add(claimVolume(ImporterPod.DATA_VOLUME, claim.getMetadata().getName()));
    if (Claims.block(claim)) {
      out.devices.add(
          new VolumeDeviceBuilder()
              .withName(ImporterPod.DATA_VOLUME)
              .withDevicePath(ImporterPod.BLOCK_DEVICE)
              .build());
    } else {
      out.mount(ImporterPod.DATA_VOLUME, ImporterPod.DATA_DIR);
    }
    if (scratchClaim != null) {
      out.volumes.add(claimVolume(ImporterPod.SCRATCH_VOLUME, scratchClaim));
      out.mount(ImporterPod.SCRATCH_VOLUME, ImporterPod.SCRATCH_DIR);
    }
    Map<String, String> annotations = Claims.annotations(claim);
    String certs = annotations.get(CdiAnnotations.CERT_CONFIG_MAP);
    if (certs != null) {
      out.volumes.add(
          new VolumeBuilder()
              .withName(ImporterPod.CERT_VOLUME)
              .withNewConfigMap()
              .withName(certs)
              .endConfigMap()
              .build());
      out.mount(ImporterPod.CERT_VOLUME, ImporterPod.CERT_DIR);
    }
    for (int i = 0; annotations.containsKey(CdiAnnotations.secretExtraHeader(i)); i++) {
      String volume = ImporterPod.secretExtraHeadersVolume(i);
      out.volumes.add(
          new VolumeBuilder()
              .withName(volume)
              .withNewSecret()
              .withSecretName(annotations.get(CdiAnnotations.secretExtraHeader(i)))
              .endSecret()
              .build());
      out.mount(volume, ImporterPod.extraHeadersDir(i));
    }
    return out;
  }

  private void mount(String volume, String path) {
    mounts.add(new VolumeMountBuilder().withName(volume).withMountPath(path).build());
  }

  private static Volume claimVolume(String name, String claim) {
    return new VolumeBuilder()
        .withName(name)
        .withNewPersistentVolumeClaim()
        .withClaimName(claim)
        .withReadOnly(false)
        .endPersistentVolumeClaim()
        .build();
  }
}
