package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.cdi.api.v1beta1.StorageProfileSpec;
import io.jvirt.cdi.api.v1beta1.StorageProfileStatus;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.common.model.DeepCopies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One StorageProfile per StorageClass, of the same name: creates the missing ones, keeps each
 * status true to its spec and class, and deletes those whose class is gone.
 */
public final class StorageProfileDecider {
  private StorageProfileDecider() {}

  /**
   * The plan for a cluster with {@code classes}, {@code volumes} (every PV) and {@code profiles};
   * created profiles carry {@code installerLabels}.
   */
  public static StorageProfilePlan decide(
      List<StorageClass> classes,
      List<PersistentVolume> volumes,
      List<StorageProfile> profiles,
      Map<String, String> installerLabels) {
    Map<String, StorageProfile> byName =
        profiles.stream()
            .collect(
                Collectors.toMap(p -> p.getMetadata().getName(), Function.identity(), (a, b) -> a));
    List<StorageProfile> create = new ArrayList<>();
    List<StorageProfile> writeStatus = new ArrayList<>();
    Map<String, String> problems = new TreeMap<>();
    Map<String, StorageClass> live = new TreeMap<>();
    for (StorageClass storageClass : classes) {
      if (storageClass.getMetadata().getDeletionTimestamp() == null) {
        live.put(storageClass.getMetadata().getName(), storageClass);
      }
    }
    for (StorageClass storageClass : live.values()) {
      String name = storageClass.getMetadata().getName();
      StorageProfile existing = byName.get(name);
      if (existing != null && existing.getMetadata().getDeletionTimestamp() != null) {
        continue; // recreated once the deletion completes
      }
      StorageProfileSpec spec = existing == null ? null : existing.getSpec();
      List<ClaimPropertySet> recommended = ProvisionerCapabilities.of(storageClass, volumes);
      StorageProfileStatus status = ProfileStatusDecider.status(storageClass, spec, recommended);
      if (status == null) {
        problems.put(name, ProfileStatusDecider.invalid(spec.getClaimPropertySets()));
        continue;
      }
      if (existing == null) {
        create.add(newProfile(name, status, installerLabels));
      } else if (!Objects.equals(status, existing.getStatus())) {
        StorageProfile updated = DeepCopies.of(existing, StorageProfile.class);
        updated.setStatus(status);
        writeStatus.add(updated);
      }
    }
    List<String> delete =
        profiles.stream()
            .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
            .map(p -> p.getMetadata().getName())
            .filter(name -> !live.containsKey(name))
            .sorted()
            .toList();
    return new StorageProfilePlan(create, writeStatus, delete, problems);
  }

  private static StorageProfile newProfile(
      String name, StorageProfileStatus status, Map<String, String> installerLabels) {
    Map<String, String> labels = new TreeMap<>(installerLabels);
    labels.put(CdiLabels.APP, CdiLabels.APP_VALUE);
    labels.put(CdiLabels.COMPONENT, "");
    labels.put(CdiLabels.MANAGED_BY, CdiLabels.CONTROLLER_NAME);
    StorageProfile profile = new StorageProfile();
    profile.setMetadata(new ObjectMetaBuilder().withName(name).withLabels(labels).build());
    profile.setSpec(new StorageProfileSpec());
    profile.setStatus(status);
    return profile;
  }
}
