package io.jvirt.cdi.api.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What deleting the CDI installation does to DataVolumes that still exist. */
public enum CdiUninstallStrategy {
  /** Delete them along with CDI. */
  @JsonProperty("RemoveWorkloads")
  REMOVE_WORKLOADS,
  /** Refuse the deletion while user DataVolumes exist. */
  @JsonProperty("BlockUninstallIfWorkloadsExist")
  BLOCK_UNINSTALL_IF_WORKLOADS_EXIST
}
