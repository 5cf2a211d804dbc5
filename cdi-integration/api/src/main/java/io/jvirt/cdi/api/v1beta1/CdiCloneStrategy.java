package io.jvirt.cdi.api.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How CDI copies one claim into another. */
public enum CdiCloneStrategy {
  /** Host-assisted: a source pod streams the data to a target pod. */
  @JsonProperty("copy")
  COPY,
  /** Take a volume snapshot of the source and restore it. */
  @JsonProperty("snapshot")
  SNAPSHOT,
  /** Ask the CSI driver for a volume clone. */
  @JsonProperty("csi-clone")
  CSI_CLONE
}
