package io.jvirt.virtctl.client;

/** A request the server answered with an error status, usually a metav1.Status. */
public final class ApiException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param code the HTTP status code
   * @param reason the Status reason (e.g. {@code Conflict}), or null
   * @param message the Status message, the text the user sees
   */
  public ApiException(int code, String reason, String message) {
    super(message, null);
    this.code = code;
    this.reason = reason;
  }

  /** The HTTP status code. */
  public int code() {
    return code;
  }

  /** The Status reason, or null when the body had none. */
  public String reason() {
    return reason;
  }

  /** Whether the server said the object (or path) does not exist. */
  public boolean isNotFound() {
    return code == 404;
  }
}
