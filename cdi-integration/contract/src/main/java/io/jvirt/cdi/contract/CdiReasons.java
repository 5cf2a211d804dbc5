package io.jvirt.cdi.contract;

/** Event and condition reasons CDI reports; KubeVirt and users match on them. */
public final class CdiReasons {
  // --- DataVolume phase events ---
  public static final String IMPORT_SCHEDULED = "ImportScheduled";
  public static final String IMPORT_IN_PROGRESS = "ImportInProgress";
  public static final String IMPORT_FAILED = "ImportFailed";
  public static final String IMPORT_SUCCEEDED = "ImportSucceeded";
  public static final String IMPORT_PAUSED = "ImportPaused";
  public static final String UPLOAD_SCHEDULED = "UploadScheduled";
  public static final String UPLOAD_READY = "UploadReady";
  public static final String UPLOAD_SUCCEEDED = "UploadSucceeded";
  public static final String CLONE_SCHEDULED = "CloneScheduled";
  public static final String CLONE_IN_PROGRESS = "CloneInProgress";
  public static final String CLONE_SUCCEEDED = "CloneSucceeded";

  /** The clone's source PVC does not exist (yet). */
  public static final String CLONE_SOURCE_MISSING = "CloneSourcePVCNotFound";

  public static final String PENDING = "Pending";

  // --- errors ---
  public static final String ERR_CLAIM_NOT_VALID = "ErrClaimNotValid";
  public static final String ERR_CLAIM_LOST = "ErrClaimLost";
  public static final String ERR_EXCEEDED_QUOTA = "ErrExceededQuota";
  public static final String ERR_RESOURCE_EXISTS = "ErrResourceExists";
  public static final String ERR_RESOURCE_MARKED_FOR_DELETION = "ErrResourceMarkedForDeletion";
  public static final String ERR_IMPORT_FAILED = "ErrImportFailed";
  public static final String ERR_STARTING_POD = "ErrStartingPod";
  public static final String IMPORT_TARGET_IN_USE = "ImportTargetInUse";

  // --- condition reasons ---
  public static final String BOUND = "Bound";
  public static final String CLAIM_LOST = "ClaimLost";
  public static final String NOT_FOUND = "NotFound";
  public static final String TRANSFER_RUNNING = "TransferRunning";
  public static final String POD_RUNNING = "Pod is running";
  public static final String UNSCHEDULABLE = "Unschedulable";
  public static final String IMAGE_PULL_FAILED = "ImagePullFailed";
  public static final String SCRATCH_SPACE_REQUIRED = "Scratch space required";
  public static final String CHECKSUM_ERROR = "ChecksumError";
  public static final String CREATING_SCRATCH_SPACE = "CreatingScratchSpace";
  public static final String COMPLETED = "Completed";
  public static final String ERROR = "Error";
  public static final String OOM_KILLED = "OOMKilled";

  private CdiReasons() {}
}
