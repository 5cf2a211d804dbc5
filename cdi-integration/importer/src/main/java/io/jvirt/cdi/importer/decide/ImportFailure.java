package io.jvirt.cdi.importer.decide;

/** An import that cannot go on; its message becomes the termination message. */
public class ImportFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message meant for the DataVolume's user. */
  public ImportFailure(String message) {
    super(message);
  }

  /** A failure caused by {@code cause}. */
  public ImportFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
