package io.jvirt.cdi.api.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the imported bytes are treated: as a disk image or as an archive to unpack. */
public enum DataVolumeContentType {
  /** A disk image, converted to raw; the default. */
  @JsonProperty("kubevirt")
  KUBEVIRT,
  /** A tar archive, extracted into a filesystem claim. */
  @JsonProperty("archive")
  ARCHIVE
}
