package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceRefSourceDataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceSource;
import io.jvirt.cdi.api.v1beta1.DataSourceSpec;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceSnapshot;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;

/** DataSources, golden PVCs and their DataVolumes for the DataSource and sourceRef tests. */
final class DataSources {
  static final String GOLDEN_NS = "golden";

  private DataSources() {}

  static DataSource named(String namespace, String name, DataSourceSource source) {
    DataSource ds = new DataSource();
    ds.setMetadata(new ObjectMetaBuilder().withNamespace(namespace).withName(name).build());
    DataSourceSpec spec = new DataSourceSpec();
    spec.setSource(source);
    ds.setSpec(spec);
    return ds;
  }

  /** {@code pvc} with namespace left out when {@code namespace} is null. */
  static DataSourceSource pvc(String namespace, String name) {
    DataVolumeSourcePVC pvc = new DataVolumeSourcePVC();
    pvc.setNamespace(namespace);
    pvc.setName(name);
    DataSourceSource source = new DataSourceSource();
    source.setPvc(pvc);
    return source;
  }

  static DataSourceSource snapshot(String namespace, String name) {
    DataVolumeSourceSnapshot snapshot = new DataVolumeSourceSnapshot();
    snapshot.setNamespace(namespace);
    snapshot.setName(name);
    DataSourceSource source = new DataSourceSource();
    source.setSnapshot(snapshot);
    return source;
  }

  static DataSourceSource chained(String namespace, String name) {
    DataSourceRefSourceDataSource ref = new DataSourceRefSourceDataSource();
    ref.setNamespace(namespace);
    ref.setName(name);
    DataSourceSource source = new DataSourceSource();
    source.setDataSource(ref);
    return source;
  }

  static PersistentVolumeClaim claim(String namespace, String name, String size) {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .withNewResources()
        .addToRequests("storage", new Quantity(size))
        .endResources()
        .endSpec()
        .withNewStatus()
        .withPhase("Bound")
        .endStatus()
        .build();
  }

  static DataVolume dataVolume(String namespace, String name, DataVolumePhase phase) {
    DataVolume dv = CdiFixtures.httpImport(name);
    dv.setMetadata(new ObjectMetaBuilder().withNamespace(namespace).withName(name).build());
    DataVolumeStatus status = new DataVolumeStatus();
    status.setPhase(phase);
    dv.setStatus(status);
    return dv;
  }

  /** {@code ds} with the status the DataSource controller gives it over {@code observed}. */
  static DataSource decided(DataSource ds, DataSourceObservation observed) {
    ds.setStatus(DataSourceDecider.status(observed));
    return ds;
  }
}
