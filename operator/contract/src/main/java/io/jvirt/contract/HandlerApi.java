package io.jvirt.contract;

import java.util.List;
import java.util.Optional;

/**
 * virt-handler's mutual-TLS server as virt-api calls it (upstream's "console server"): its URL
 * paths, the Secret holding its certificate, and the identities both ends prove with certificates
 * of virt-api's CA.
 */
public final class HandlerApi {
  /**
   * Secret (install namespace) with virt-handler's serving certificate: {@link #CERT}, {@link #KEY}
   * and the CAs to trust in {@link #CA_BUNDLE}. virt-api writes it, every virt-handler reads it.
   */
  public static final String SERVER_SECRET = "kubevirt-virt-handler-server-certs";

  /** PEM certificate in {@link #SERVER_SECRET}. */
  public static final String CERT = "tls.crt";

  /** PEM (PKCS#8) private key in {@link #SERVER_SECRET}. */
  public static final String KEY = "tls.key";

  /** PEM CA certificates in {@link #SERVER_SECRET} whose client certificates are accepted. */
  public static final String CA_BUNDLE = "ca.crt";

  /** Common name of virt-handler's serving certificate (upstream's). */
  public static final String SERVER_COMMON_NAME = "kubevirt.io:system:node:virt-handler";

  /** Common name of the client certificate virt-api presents to virt-handler (upstream's). */
  public static final String CLIENT_COMMON_NAME = "kubevirt.io:system:client:virt-handler";

  /** Name of the container port {@link Ports#HANDLER} in virt-handler's DaemonSet. */
  public static final String PORT_NAME = "console";

  /** VMI subresources virt-api passes on with {@code PUT}, answered without a body. */
  public static final List<String> LIFECYCLE = List.of("pause", "unpause", "softreboot");

  /** The serial-console stream, a WebSocket upgrade of {@code GET} on the VMI's path. */
  public static final String CONSOLE = "console";

  /** The VNC stream (RFB to QEMU's VNC socket), a WebSocket upgrade of {@code GET}. */
  public static final String VNC = "vnc";

  /** The VNC screenshot, {@code GET} answering image/png (two path segments, as upstream). */
  public static final String SCREENSHOT = "vnc/screenshot";

  /**
   * What the guest agent reported, {@code GET} answering JSON in upstream's shapes: guest OS info,
   * logged-in users, file systems.
   */
  public static final List<String> GUEST_AGENT =
      List.of("guestosinfo", "userlist", "filesystemlist");

  /** VNC query parameter: keep an open session, refusing the new one (upstream's name). */
  public static final String PRESERVE_SESSION = "preserveSession";

  /**
   * WebSocket subprotocol of the streams (upstream's {@code plain.kubevirt.io}): binary messages
   * carry the raw bytes both ways.
   */
  public static final String STREAM_SUBPROTOCOL = "plain.kubevirt.io";

  private static final String PREFIX = "/v1/namespaces/";
  private static final String RESOURCE = "/virtualmachineinstances/";

  private HandlerApi() {}

  /** The Jetty path spec of {@code subresource} on every VMI (for WebSocket mappings). */
  public static String pathSpec(String subresource) {
    return "uri-template|" + PREFIX + "{namespace}" + RESOURCE + "{name}/" + subresource;
  }

  /** {@code /v1/namespaces/{ns}/virtualmachineinstances/{name}/{subresource}}. */
  public static String path(String namespace, String name, String subresource) {
    return PREFIX + namespace + RESOURCE + name + "/" + subresource;
  }

  /** The VMI and subresource a handler path names; empty when it names none. */
  public static Optional<Target> parse(String path) {
    if (path == null || !path.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = path.substring(PREFIX.length()).split("/", -1);
    if (parts.length == 5 && SCREENSHOT.equals(parts[3] + "/" + parts[4])) {
      parts = new String[] {parts[0], parts[1], parts[2], SCREENSHOT};
    }
    if (parts.length != 4 || !("/" + parts[1] + "/").equals(RESOURCE)) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Target(parts[0], parts[2], parts[3]));
  }

  /** A VMI ({@code namespace}, {@code name}) and the {@code subresource} asked of it. */
  public record Target(String namespace, String name, String subresource) {}
}
