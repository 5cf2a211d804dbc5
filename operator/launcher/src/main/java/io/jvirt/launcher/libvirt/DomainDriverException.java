package io.jvirt.launcher.libvirt;

/** A libvirt call failed; the message says what and libvirt's reason, in one line. */
public final class DomainDriverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code message} names the call and carries libvirt's reason. */
  public DomainDriverException(String message, Throwable cause) {
    super(message, cause);
  }
}
