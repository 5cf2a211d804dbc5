package io.jvirt.controller.vm;

/** A failed VM sync step, with the reason upstream puts on the VM's Failure condition. */
public final class VmSyncException extends RuntimeException {
  private final String reason;

  /** A failure with {@code reason} such as FailedCreate. */
  public VmSyncException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The condition reason. */
  public String reason() {
    return reason;
  }
}
