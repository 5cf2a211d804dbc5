package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A DataSource's source: a PVC, a VolumeSnapshot, or another DataSource; at most one is set. */
@Data
public class DataSourceSource extends Extensible {
  private DataVolumeSourcePVC pvc;

  private DataVolumeSourceSnapshot snapshot;

  /** Another DataSource in the same namespace, which must not itself name a DataSource. */
  private DataSourceRefSourceDataSource dataSource;
}
