package io.jvirt.cdi.api.v1beta1;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** An import of the disk inside a container image, by URL or by OpenShift image stream. */
@Data
public class DataVolumeSourceRegistry extends Extensible {
  /** {@code docker://...} or {@code oci-archive://...}; excludes {@link #imageStream}. */
  private String url;

  private String imageStream;

  /**
   * {@code pod} (default) or {@code node}. Kept a string: the CRD does not restrict it, so an enum
   * here could refuse objects the API server accepted.
   */
  private String pullMethod;

  private String secretRef;

  private String certConfigMap;

  private PlatformOptions platform;
}
