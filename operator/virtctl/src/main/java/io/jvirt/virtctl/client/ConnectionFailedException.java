package io.jvirt.virtctl.client;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;

/** The server could not be reached (refused, unknown host, TLS failure, timeout). */
public final class ConnectionFailedException extends ClientException {
  private static final long serialVersionUID = 1L;

  public ConnectionFailedException(String server, Throwable cause) {
    super("Unable to connect to the server at " + server + ": " + describe(cause), cause);
  }

  /**
   * The most specific message in the cause chain; for the JDK's message-less network failures, a
   * plain description of what went wrong.
   */
  static String describe(Throwable failure) {
    String detail = null;
    Throwable innermost = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      innermost = t;
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        detail = t.getMessage();
      }
    }
    if (detail != null) {
      return detail.replaceAll("\\s+", " ").trim();
    }
    if (inChain(failure, UnresolvedAddressException.class)
        || inChain(failure, UnknownHostException.class)) {
      return "no such host";
    }
    if (inChain(failure, HttpTimeoutException.class)
        || inChain(failure, SocketTimeoutException.class)
        || inChain(failure, TimeoutException.class)) {
      return "connection timed out";
    }
    if (inChain(failure, ConnectException.class)) {
      return "connection refused";
    }
    return innermost == null ? "unknown error" : innermost.getClass().getSimpleName();
  }

  private static boolean inChain(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
