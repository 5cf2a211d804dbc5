package io.jvirt.cdi.controller.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.controller.decide.CdiSettings;
import io.jvirt.cdi.controller.decide.ImporterSettings;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.util.List;

/** Reads what decisions need of the cluster: the CDIConfig's settings and the storage classes. */
public final class CdiSettingsSource {
  private final KubernetesClient client;
  private final ImporterSettings importer;

  /** Settings read through {@code client}; importer pods run as {@code importer} says. */
  public CdiSettingsSource(KubernetesClient client, ImporterSettings importer) {
    this.client = client;
    this.importer = importer;
  }

  /** The settings of the CDIConfig named {@code config}, or the release defaults without it. */
  public CdiSettings settings() {
    CDIConfig config = client.resources(CDIConfig.class).withName(CdiComponents.CONFIG).get();
    return ConfigSettings.from(config, importer);
  }

  /** Every StorageClass, as rendering needs it. */
  public List<StorageClassInfo> storageClasses() {
    List<StorageClass> classes = client.storage().v1().storageClasses().list().getItems();
    List<PersistentVolume> volumes = client.persistentVolumes().list().getItems();
    return classes.stream().map(c -> StorageClasses.info(c, volumes)).toList();
  }
}
