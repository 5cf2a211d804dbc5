package io.jvirt.installer.install;

/** A failure the installer itself explains (unsupported version, missing image, time-out). */
public final class InstallFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure whose message is the whole explanation. */
  public InstallFailure(String message) {
    super(message);
  }
}
