package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirementsBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeBlankImage;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceHTTP;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRegistry;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceUpload;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import java.time.Instant;
import java.util.List;

/** DataVolumes, storage classes and settings the decide tests share. */
final class CdiFixtures {
  static final String NAMESPACE = "default";
  static final String DV_UID = "6f1c2a1e-0000-4000-8000-00000000d001";
  static final String PVC_UID = "6f1c2a1e-0000-4000-8000-00000000c001";
  static final String IMAGE = "quay.io/jvirt/cdi-importer:v0.1.0";
  static final String CIRROS = "http://images.example/cirros-0.6.2-x86_64-disk.img";
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  static final StorageClassInfo LOCAL =
      StorageClassInfo.of("local", new ClaimPropertySet(List.of("ReadWriteOnce"), "Filesystem"))
          .asDefault();
  static final StorageClassInfo CEPH =
      StorageClassInfo.of(
          "ceph-block",
          new ClaimPropertySet(List.of("ReadWriteMany"), "Block"),
          new ClaimPropertySet(List.of("ReadWriteOnce"), "Filesystem"));

  static final CdiSettings SETTINGS = CdiSettings.defaults(ImporterSettings.defaults(IMAGE));

  private CdiFixtures() {}

  static ObjectMeta meta(String name) {
    return new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).withUid(DV_UID).build();
  }

  /** An http import into a 1Gi {@code storage} claim with everything else defaulted. */
  static DataVolume httpImport(String name) {
    DataVolume dv = new DataVolume();
    dv.setMetadata(meta(name));
    DataVolumeSpec spec = new DataVolumeSpec();
    DataVolumeSource source = new DataVolumeSource();
    DataVolumeSourceHTTP http = new DataVolumeSourceHTTP();
    http.setUrl(CIRROS);
    source.setHttp(http);
    spec.setSource(source);
    spec.setStorage(storage("1Gi"));
    dv.setSpec(spec);
    return dv;
  }

  static DataVolume blank(String name, String size) {
    DataVolume dv = httpImport(name);
    DataVolumeSource source = new DataVolumeSource();
    source.setBlank(new DataVolumeBlankImage());
    dv.getSpec().setSource(source);
    dv.getSpec().setStorage(storage(size));
    return dv;
  }

  static DataVolume upload(String name, String size) {
    DataVolume dv = httpImport(name);
    DataVolumeSource source = new DataVolumeSource();
    source.setUpload(new DataVolumeSourceUpload());
    dv.getSpec().setSource(source);
    dv.getSpec().setStorage(storage(size));
    return dv;
  }

  static DataVolume registry(String name, String url) {
    DataVolume dv = httpImport(name);
    DataVolumeSource source = new DataVolumeSource();
    DataVolumeSourceRegistry registry = new DataVolumeSourceRegistry();
    registry.setUrl(url);
    source.setRegistry(registry);
    dv.getSpec().setSource(source);
    return dv;
  }

  static StorageSpec storage(String size) {
    StorageSpec storage = new StorageSpec();
    if (size != null) {
      storage.setResources(
          new VolumeResourceRequirementsBuilder()
              .addToRequests("storage", new Quantity(size))
              .build());
    }
    return storage;
  }
}
