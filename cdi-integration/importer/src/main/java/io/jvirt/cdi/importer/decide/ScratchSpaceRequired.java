package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.ImporterTermination;

/** The import needs a scratch volume the pod was not given (upstream ErrRequiresScratchSpace). */
public final class ScratchSpaceRequired extends ImportFailure {
  private static final long serialVersionUID = 1L;

  /** The one such failure. */
  public ScratchSpaceRequired() {
    super(ImporterTermination.SCRATCH_REQUIRED_TEXT);
  }
}
