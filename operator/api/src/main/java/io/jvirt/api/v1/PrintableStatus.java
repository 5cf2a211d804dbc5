package io.jvirt.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The one-word state {@code kubectl get vm} shows in its STATUS column. */
public enum PrintableStatus {
  /** No VMI, and none wanted. */
  @JsonProperty("Stopped")
  STOPPED,
  /** Resources such as DataVolumes are being prepared. */
  @JsonProperty("Provisioning")
  PROVISIONING,
  /** The VMI exists and is not running yet. */
  @JsonProperty("Starting")
  STARTING,
  /** The guest runs. */
  @JsonProperty("Running")
  RUNNING,
  /** The guest is paused. */
  @JsonProperty("Paused")
  PAUSED,
  /** The VMI is being stopped. */
  @JsonProperty("Stopping")
  STOPPING,
  /** The VM itself is being deleted. */
  @JsonProperty("Terminating")
  TERMINATING,
  /** The VMI is migrating between nodes. */
  @JsonProperty("Migrating")
  MIGRATING,
  /** The state cannot be told. */
  @JsonProperty("Unknown")
  UNKNOWN,
  /** Starts keep failing; the next one waits for a back-off. */
  @JsonProperty("CrashLoopBackOff")
  CRASH_LOOP_BACK_OFF,
  /** The launcher pod cannot be scheduled. */
  @JsonProperty("ErrorUnschedulable")
  ERROR_UNSCHEDULABLE,
  /** An image of the launcher pod cannot be pulled. */
  @JsonProperty("ErrImagePull")
  ERR_IMAGE_PULL,
  /** Pulling an image of the launcher pod is backing off. */
  @JsonProperty("ImagePullBackOff")
  IMAGE_PULL_BACK_OFF,
  /** A PVC the VM uses does not exist. */
  @JsonProperty("ErrorPvcNotFound")
  ERROR_PVC_NOT_FOUND,
  /** A DataVolume the VM uses failed. */
  @JsonProperty("DataVolumeError")
  DATA_VOLUME_ERROR,
  /** A volume waits for its first consumer to bind. */
  @JsonProperty("WaitingForVolumeBinding")
  WAITING_FOR_VOLUME_BINDING,
  /** The VMI waits for a cross-cluster migration to arrive. */
  @JsonProperty("WaitingForReceiver")
  WAITING_FOR_RECEIVER
}
