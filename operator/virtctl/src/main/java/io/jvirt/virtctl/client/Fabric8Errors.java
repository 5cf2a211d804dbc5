package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Maps what the fabric8 client throws onto {@link ClientException}s with one-line messages. */
final class Fabric8Errors {
  private Fabric8Errors() {}

  /**
   * An {@link ApiException} for an error status, else a {@link ConnectionFailedException}.
   *
   * @param server the master URL, named in connection failures
   */
  static ClientException translate(Throwable failure, String server) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ClientException known) {
      return known;
    }
    if (cause instanceof KubernetesClientException kce && kce.getCode() > 0) {
      Status status = kce.getStatus();
      String message = status == null ? null : status.getMessage();
      if (message == null || message.isBlank()) {
        return StatusErrors.fromResponse(kce.getCode(), null);
      }
      return new ApiException(kce.getCode(), status.getReason(), message);
    }
    return new ConnectionFailedException(server, cause);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof ExecutionException || current instanceof CompletionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
