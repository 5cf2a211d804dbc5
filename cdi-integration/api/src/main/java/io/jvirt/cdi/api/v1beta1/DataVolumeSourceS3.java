package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** An import from an S3-compatible object store. */
@Data
public class DataVolumeSourceS3 extends Extensible {
  @Required private String url;

  private String secretRef;

  private String certConfigMap;
}
