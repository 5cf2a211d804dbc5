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

  /**
   * Opens a port-forward to {@code port} of a VMI or VM ({@code plural}), a WebSocket upgrade of
   * {@code GET .../portforward/{port}}; what the guest sends goes to {@code guestOutput}.
   *
   * @throws ApiException when the server refuses the upgrade, with its status and message
   * @throws ConnectionFailedException when the server cannot be reached
   */
  ConsoleStream openPortForward(
      String namespace, String plural, String name, int port, OutputStream guestOutput);

  /**
   * Opens the VNC stream of a VMI (RFB, a WebSocket upgrade of {@code GET .../vnc}); what QEMU's
   * VNC server sends goes to {@code output}.
   *
   * @throws ApiException when the server refuses the upgrade, with its status and message
   * @throws ConnectionFailedException when the server cannot be reached
   */
  ConsoleStream openVnc(String namespace, String name, OutputStream output);

  /**
   * Reads {@code GET .../namespaces/{namespace}/{plural}/{name}/{subresource}} as bytes (the VNC
   * screenshot).
   *
   * @throws ApiException when the server answers with an error status
   * @throws ConnectionFailedException when the server cannot be reached
   */
  byte[] getBytes(String namespace, String plural, String name, String subresource);
}
