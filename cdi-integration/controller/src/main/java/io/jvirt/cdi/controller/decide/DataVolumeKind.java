package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;

/** Which DataVolume controller a DataVolume belongs to (upstream getDataVolumeOp). */
public enum DataVolumeKind {
  /** http, s3, registry or blank: an importer pod fills the claim. */
  IMPORT,
  /** The data arrives through the upload proxy. */
  UPLOAD,
  /** A copy of another claim, directly or through a DataSource. */
  CLONE,
  /** No source: a third-party populator fills the claim. */
  EXTERNAL;

  /** The kind of {@code dv}; EXTERNAL when it names no source at all. */
  public static DataVolumeKind of(DataVolume dv) {
    if (dv.getSpec() == null) {
      return EXTERNAL;
    }
    if (dv.getSpec().getSourceRef() != null) {
      return CLONE;
    }
    DataVolumeSource source = dv.getSpec().getSource();
    if (source == null) {
      return EXTERNAL;
    }
    if (source.getPvc() != null) {
      return CLONE;
    }
    if (source.getUpload() != null) {
      return UPLOAD;
    }
    return IMPORT;
  }
}
