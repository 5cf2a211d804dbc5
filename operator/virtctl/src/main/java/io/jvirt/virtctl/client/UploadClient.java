package io.jvirt.virtctl.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Sends a disk image to the CDI upload proxy. */
public interface UploadClient {
  /** What the proxy answered. */
  record Response(int status, String body) {
    /** Whether the status is 2xx. */
    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }
  }

  /** Opens upload clients; {@code insecure} trusts any certificate and host name. */
  @FunctionalInterface
  interface Factory {
    UploadClient open(boolean insecure);
  }

  /**
   * POSTs the file, streamed with its length as Content-Length, as {@code Authorization: Bearer
   * token}.
   *
   * @param sent called with the number of bytes each time more of the file has been read
   * @throws ConnectionFailedException when the proxy cannot be reached or the transfer breaks
   */
  Response post(URI url, String token, Path file, LongConsumer sent);
}
