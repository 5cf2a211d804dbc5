package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The origin of a DataVolume's data; exactly one member is set. */
@Data
public class DataVolumeSource extends Extensible {
  private DataVolumeSourceHTTP http;

  private DataVolumeSourceS3 s3;

  private DataVolumeSourceRegistry registry;

  private DataVolumeSourcePVC pvc;

  private DataVolumeSourceUpload upload;

  private DataVolumeBlankImage blank;
}
