package io.jvirt.cdi.controller.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.controller.decide.ProvisionerCapabilities;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A StorageClass as rendering sees it: default flags, binding mode, creation time, and the claim
 * properties a StorageProfile would recommend.
 */
public final class StorageClasses {
  /** KubeVirt's annotation naming the default class for virtual machine disks. */
  public static final String DEFAULT_VIRT_CLASS = "storageclass.kubevirt.io/is-default-virt-class";

  private StorageClasses() {}

  /** What rendering needs of {@code storageClass}, with no volumes known. */
  public static StorageClassInfo info(StorageClass storageClass) {
    return info(storageClass, List.of());
  }

  /**
   * What rendering needs of {@code storageClass}; its recommended claim properties come from the
   * provisioner, or for statically provisioned classes from {@code volumes} (every PV).
   */
  public static StorageClassInfo info(StorageClass storageClass, List<PersistentVolume> volumes) {
    Map<String, String> annotations =
        storageClass.getMetadata().getAnnotations() == null
            ? Map.of()
            : storageClass.getMetadata().getAnnotations();
    String created = storageClass.getMetadata().getCreationTimestamp();
    return new StorageClassInfo(
        storageClass.getMetadata().getName(),
        "true".equals(annotations.get(CdiAnnotations.DEFAULT_STORAGE_CLASS)),
        "true".equals(annotations.get(DEFAULT_VIRT_CLASS)),
        created == null ? Instant.EPOCH : Instant.parse(created),
        "WaitForFirstConsumer".equals(storageClass.getVolumeBindingMode()),
        ProvisionerCapabilities.of(
            storageClass.getProvisioner(),
            volumes.stream()
                .filter(
                    pv ->
                        storageClass
                            .getMetadata()
                            .getName()
                            .equals(pv.getSpec().getStorageClassName()))
                .map(
                    pv ->
                        new ProvisionerCapabilities.Volume(
                            pv.getSpec().getAccessModes() == null
                                ? List.of()
                                : pv.getSpec().getAccessModes(),
                            pv.getSpec().getVolumeMode()))
                .toList()),
        null);
  }
}
