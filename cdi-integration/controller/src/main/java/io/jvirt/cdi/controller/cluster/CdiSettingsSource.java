package io.jvirt.cdi.controller.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.controller.decide.CdiSettings;
import io.jvirt.cdi.controller.decide.ImporterSettings;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What decisions need of the cluster, from watch caches (every DataVolume pass reads them, every
 * two seconds while an import runs): the CDIConfig's settings, the storage classes, their volumes
 * and their profiles.
 */
public final class CdiSettingsSource implements AutoCloseable {
  private final ImporterSettings importer;
  private final SharedIndexInformer<StorageClass> classes;
  private final SharedIndexInformer<PersistentVolume> volumes;
  private final SharedIndexInformer<CDIConfig> configs;
  private final SharedIndexInformer<StorageProfile> profiles;

  /** Starts watching through {@code client}; importer pods run as {@code importer} says. */
  public CdiSettingsSource(KubernetesClient client, ImporterSettings importer) {
    this.importer = importer;
    this.classes = client.storage().v1().storageClasses().inform();
    this.volumes = client.persistentVolumes().inform();
    this.configs = client.resources(CDIConfig.class).inform();
    this.profiles = client.resources(StorageProfile.class).inform();
  }

  /** The settings of the CDIConfig named {@code config}, or the release defaults without it. */
  public CdiSettings settings() {
    CDIConfig config =
        configs.getStore().list().stream()
            .filter(c -> CdiComponents.CONFIG.equals(c.getMetadata().getName()))
            .findFirst()
            .orElse(null);
    return ConfigSettings.from(config, importer);
  }

  /** Every StorageClass, as rendering needs it; a profile's spec overrides its recommendations. */
  public List<StorageClassInfo> storageClasses() {
    List<PersistentVolume> all = volumes.getStore().list();
    Map<String, StorageProfile> byName =
        profiles.getStore().list().stream()
            .collect(
                Collectors.toMap(p -> p.getMetadata().getName(), Function.identity(), (a, b) -> a));
    return classes.getStore().list().stream()
        .map(c -> StorageClasses.info(c, all, byName.get(c.getMetadata().getName())))
        .toList();
  }

  @Override
  public void close() {
    classes.close();
    volumes.close();
    configs.close();
    profiles.close();
  }
}
