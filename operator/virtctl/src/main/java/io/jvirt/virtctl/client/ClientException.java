package io.jvirt.virtctl.client;

/** Base of the failures a client reports, each with a message fit for one line of output. */
public abstract class ClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
