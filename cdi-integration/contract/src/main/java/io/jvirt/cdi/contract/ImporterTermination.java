package io.jvirt.cdi.contract;

/**
 * The importer's termination message: JSON with these keys when it exits 0, plain text otherwise;
 * and the texts the controller recognises in it.
 */
public final class ImporterTermination {
  public static final String SCRATCH_SPACE_REQUIRED = "scratchSpaceRequired";
  public static final String PREALLOCATION_APPLIED = "preallocationApplied";
  public static final String DEADLINE_PASSED = "deadlinePassed";
  public static final String VDDK_INFO = "vddkInfo";
  public static final String LABELS = "labels";
  public static final String MESSAGE = "message";

  /** {@link #MESSAGE} of a successful import. */
  public static final String IMPORT_COMPLETE = "Import Complete";

  /** Part of the message of a fatal checksum failure. */
  public static final String CHECKSUM_MISMATCH = "checksum mismatch";

  /** Part of the message of an importer that needs scratch space it was not given. */
  public static final String SCRATCH_REQUIRED_TEXT = "scratch space required";

  private ImporterTermination() {}
}
