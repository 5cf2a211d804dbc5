package io.jvirt.virtctl.client;

import java.io.OutputStream;
import java.time.Duration;

/** Calls the {@code subresources.kubevirt.io/v1} API that virt-api serves. */
public interface SubresourceClient {
  /**
   * Sends {@code PUT .../namespaces/{namespace}/{plural}/{name}/{subresource}} with {@code body} as
   * JSON ({@code {}} when null).
   *
   * @return the response body, possibly empty
   * @throws ApiException when the server answers with an error status
   * @throws ConnectionFailedException when the server cannot be reached
   */
  String put(String namespace, String plural, String name, String subresource, Object body);

  /**
   * Reads {@code GET .../version}.
   *
   * @throws ApiException when the server answers with an error status
   * @throws ConnectionFailedException when the server cannot be reached
   */
  VersionInfo getVersion();

  /**
   * Opens the serial console of a VMI (a WebSocket upgrade of {@code GET .../console}); what the
   * guest writes goes to {@code guestOutput}.
   *
   * @param timeout how long to wait for the connection to be accepted
   * @throws ApiException when the server refuses the upgrade, with its status and message
   * @throws ConnectionFailedException when the server cannot be reached
   */
  ConsoleStream openConsole(
      String namespace, String name, Duration timeout, OutputStream guestOutput);
}
