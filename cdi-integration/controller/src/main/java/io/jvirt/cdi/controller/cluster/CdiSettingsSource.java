package io.jvirt.cdi.controller.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.controller.decide.CdiSettings;
import io.jvirt.cdi.controller.decide.ImporterSettings;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.util.List;

/**
 * What decisions need of the cluster, from watch caches (every DataVolume pass reads them, every
 * two seconds while an import runs): the CDIConfig's settings, the storage classes and their
 * volumes.
 */
public final class CdiSettingsSource implements AutoCloseable {
  private final ImporterSettings importer;
  private final SharedIndexInformer<StorageClass> classes;
  private final SharedIndexInformer<PersistentVolume> volumes;
  private final SharedIndexInformer<CDIConfig> configs;

  /** Starts watching through {@code client}; importer pods run as {@code importer} says. */
  public CdiSettingsSource(KubernetesClient client, ImporterSettings importer) {
    this.importer = importer;
    this.classes = client.storage().v1().storageClasses().inform();
    this.volumes = client.persistentVolumes().inform();
    this.configs = client.resources(CDIConfig.class).inform();
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

  /** Every StorageClass, as rendering needs it. */
  public List<StorageClassInfo> storageClasses() {
    List<PersistentVolume> all = volumes.getStore().list();
    return classes.getStore().list().stream().map(c -> StorageClasses.info(c, all)).toList();
  }

  @Override
  public void close() {
    classes.close();
    volumes.close();
    configs.close();
  }
}
