package io.jvirt.launcher.dhcp;

/** A DHCP server cannot start; the message says why in one line a user can act on. */
public class DhcpServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With the failure behind it. */
  public DhcpServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
