package io.jvirt.launcher.dhcp.model;

/** Bytes that are not a DHCP message; the server drops them. */
public class MalformedDhcpException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Says what is wrong. */
  public MalformedDhcpException(String message) {
    super(message);
  }
}
