package io.jvirt.handler.network.decide;

/**
 * The pod network of a VMI cannot be set up; the message says why in one line a user can act on.
 */
public class PodNetworkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message only. */
  public PodNetworkException(String message) {
    super(message);
  }

  /** With the failure behind it. */
  public PodNetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
