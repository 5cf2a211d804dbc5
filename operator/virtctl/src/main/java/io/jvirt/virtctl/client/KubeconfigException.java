package io.jvirt.virtctl.client;

/** The kubeconfig is missing, unreadable, or lacks the context asked for. */
public final class KubeconfigException extends ClientException {
  private static final long serialVersionUID = 1L;

  public KubeconfigException(String message) {
    super(message, null);
  }

  public KubeconfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
