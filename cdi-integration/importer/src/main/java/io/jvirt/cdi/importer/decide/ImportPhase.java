package io.jvirt.cdi.importer.decide;

/**
 * The DataProcessor's phases (upstream data-processor.go); {@link #VALIDATE} is the image check
 * upstream runs at the start of Convert, kept apart here so it is a step of its own.
 */
public enum ImportPhase {
  INFO,
  VALIDATE_PRE_SCRATCH,
  TRANSFER_SCRATCH,
  TRANSFER_DATA_DIR,
  TRANSFER_DATA_FILE,
  VALIDATE,
  CONVERT,
  RESIZE,
  MERGE_DELTA,
  PAUSE,
  COMPLETE,
  ERROR
}
