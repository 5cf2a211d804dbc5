package io.jvirt.cdi.controller.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.controller.decide.ProfileStatusDecider;
import io.jvirt.cdi.controller.decide.ProvisionerCapabilities;
import io.jvirt.cdi.controller.decide.Sizes;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A StorageClass as rendering sees it: default flags, binding mode, creation time, and the claim
 * properties its StorageProfile has in effect.
 */
public final class StorageClasses {
  /** KubeVirt's annotation naming the default class for virtual machine disks. */
  public static final String DEFAULT_VIRT_CLASS = "storageclass.kubevirt.io/is-default-virt-class";

  private StorageClasses() {}

  /** What rendering needs of {@code storageClass}, with no volumes or profile known. */
  public static StorageClassInfo info(StorageClass storageClass) {
    return info(storageClass, List.of(), null);
  }

  /**
   * What rendering needs of {@code storageClass}: its claim properties are {@code profile}'s spec
   * ones when set, else those recommended for the provisioner or, for statically provisioned
   * classes, by {@code volumes} (every PV); {@code profile} may be null.
   */
  public static StorageClassInfo info(
      StorageClass storageClass, List<PersistentVolume> volumes, StorageProfile profile) {
    Map<String, String> annotations = annotations(storageClass.getMetadata().getAnnotations());
    String created = storageClass.getMetadata().getCreationTimestamp();
    return new StorageClassInfo(
        storageClass.getMetadata().getName(),
        "true".equals(annotations.get(CdiAnnotations.DEFAULT_STORAGE_CLASS)),
        "true".equals(annotations.get(DEFAULT_VIRT_CLASS)),
        created == null ? Instant.EPOCH : Instant.parse(created),
        "WaitForFirstConsumer".equals(storageClass.getVolumeBindingMode()),
        ProfileStatusDecider.claimPropertySets(
            profile == null ? null : profile.getSpec(),
            ProvisionerCapabilities.of(storageClass, volumes)),
        profile == null ? null : minimumSize(profile));
  }

  private static Long minimumSize(StorageProfile profile) {
    String size =
        annotations(profile.getMetadata().getAnnotations())
            .get(CdiAnnotations.MINIMUM_SUPPORTED_PVC_SIZE);
    if (size == null) {
      return null;
    }
    try {
      return Sizes.bytes(new Quantity(size));
    } catch (RuntimeException e) {
      return null; // not a quantity: upstream ignores it too
    }
  }

  private static Map<String, String> annotations(Map<String, String> annotations) {
    return annotations == null ? Map.of() : annotations;
  }
}
