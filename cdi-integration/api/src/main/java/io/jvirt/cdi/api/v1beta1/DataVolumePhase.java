package io.jvirt.cdi.api.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a DataVolume is in its life, as CDI reports it in {@code status.phase}. */
public enum DataVolumePhase {
  /** No claim yet, or the claim waits for binding. */
  @JsonProperty("Pending")
  PENDING,
  /** The claim waits for a consuming pod before it binds. */
  @JsonProperty("WaitForFirstConsumer")
  WAIT_FOR_FIRST_CONSUMER,
  /** A populator waits for the target claim's node to be chosen. */
  @JsonProperty("PendingPopulation")
  PENDING_POPULATION,
  /** The claim is bound; no worker pod has started yet. */
  @JsonProperty("PVCBound")
  PVC_BOUND,
  /** The importer pod is created but not running. */
  @JsonProperty("ImportScheduled")
  IMPORT_SCHEDULED,
  /** The importer pod is running. */
  @JsonProperty("ImportInProgress")
  IMPORT_IN_PROGRESS,
  /** A host-assisted clone is scheduled. */
  @JsonProperty("CloneScheduled")
  CLONE_SCHEDULED,
  /** A host-assisted clone is copying. */
  @JsonProperty("CloneInProgress")
  CLONE_IN_PROGRESS,
  /** A snapshot of the source is being taken for a smart clone. */
  @JsonProperty("SnapshotForSmartCloneInProgress")
  SNAPSHOT_FOR_SMART_CLONE_IN_PROGRESS,
  /** A claim is being restored from a source snapshot. */
  @JsonProperty("CloneFromSnapshotSourceInProgress")
  CLONE_FROM_SNAPSHOT_SOURCE_IN_PROGRESS,
  /** The smart-clone claim is being created from the snapshot. */
  @JsonProperty("SmartClonePVCInProgress")
  SMART_CLONE_PVC_IN_PROGRESS,
  /** The CSI driver is cloning the source volume. */
  @JsonProperty("CSICloneInProgress")
  CSI_CLONE_IN_PROGRESS,
  /** The temporary claim of a clone is being prepared. */
  @JsonProperty("PrepClaimInProgress")
  PREP_CLAIM_IN_PROGRESS,
  /** The filled volume is being moved to the target claim. */
  @JsonProperty("RebindInProgress")
  REBIND_IN_PROGRESS,
  /** The claim is being resized. */
  @JsonProperty("ExpansionInProgress")
  EXPANSION_IN_PROGRESS,
  /** The claim is being moved between namespaces. */
  @JsonProperty("NamespaceTransferInProgress")
  NAMESPACE_TRANSFER_IN_PROGRESS,
  /** The upload pod is created but not ready. */
  @JsonProperty("UploadScheduled")
  UPLOAD_SCHEDULED,
  /** The upload pod accepts data. */
  @JsonProperty("UploadReady")
  UPLOAD_READY,
  /** A multi-stage import finished a checkpoint and waits for the next. */
  @JsonProperty("Paused")
  PAUSED,
  /** The data is in place; the claim may be used. */
  @JsonProperty("Succeeded")
  SUCCEEDED,
  /** The claim was lost or the import hit a fatal error. */
  @JsonProperty("Failed")
  FAILED,
  /** The claim is in a phase CDI does not recognise. */
  @JsonProperty("Unknown")
  UNKNOWN
}
