package io.jvirt.installer.install;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.concurrent.TimeoutException;

/** Turns whatever went wrong on a cluster into the one line a user needs. */
final class Failures {
  private Failures() {}

  static String explain(Throwable failure, String server) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InstallFailure) {
        return t.getMessage();
      }
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof HttpConnectTimeoutException) {
        return "unreachable: " + server + " (" + t.getClass().getSimpleName() + ")";
      }
      if (t instanceof KubernetesClientException k && k.getCode() == 403) {
        return "forbidden: "
            + firstLine(k.getStatus() == null ? k.getMessage() : k.getStatus().getMessage());
      }
      if (t instanceof KubernetesClientException k && k.getCode() == 401) {
        return "unauthorized: the credentials of this context were refused by " + server;
      }
      if (t instanceof TimeoutException) {
        return "timed out: " + t.getMessage();
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return "unreachable: " + server + " (" + firstLine(t.getMessage()) + ")";
      }
    }
    return firstLine(String.valueOf(failure.getMessage()));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
