package io.jvirt.cdi.uploadproxy.decide;

import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.UploadServer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upload proxy's choices, each from what was observed: the route of a request, the token in its
 * Authorization header, whether the PVC accepts an upload now, and where to send it.
 */
public final class UploadRules {
  /** 503: the upload cannot go through now, retrying later may work (upstream's status). */
  public static final int UNAVAILABLE = 503;

  private static final Pattern BEARER = Pattern.compile("(?i)^Bearer\\s+([A-Za-z0-9\\-._~+/]+=*)$");

  private UploadRules() {}

  /** The route of {@code method path}. */
  public static ProxyRoute route(String method, String path) {
    if (path.equals("/healthz") || path.equals("/readyz")) {
      return new ProxyRoute.Health();
    }
    if (!UploadServer.PATHS.contains(path)) {
      return new ProxyRoute.NotFound();
    }
    return "POST".equals(method) || "PUT".equals(method)
        ? new ProxyRoute.Upload(path)
        : new ProxyRoute.MethodNotAllowed(method);
  }

  /** The token of an {@code Authorization: Bearer <token>} header; empty when there is none. */
  public static Optional<String> bearerToken(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    Matcher matcher = BEARER.matcher(authorization.trim());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Whether PVC {@code pvc}, with {@code annotations} (empty when it does not exist), takes an
   * upload now; the rejection when not, worded as upstream's upload proxy.
   */
  public static Optional<ProxyDecision.Reject> ready(
      String pvc, Optional<Map<String, String>> annotations) {
    if (annotations.isEmpty()) {
      return reject("rejecting Upload Request for PVC " + pvc + " that doesn't exist");
    }
    Map<String, String> found = annotations.get();
    if (!found.containsKey(CdiAnnotations.UPLOAD_TARGET)) {
      return reject("PVC " + pvc + " is not an upload target");
    }
    if ("Succeeded".equals(found.get(CdiAnnotations.POD_PHASE))) {
      return reject("rejecting Upload Request for PVC " + pvc + " that already finished uploading");
    }
    if (!"true".equalsIgnoreCase(found.get(CdiAnnotations.POD_READY))) {
      return reject("rejecting Upload Request for PVC " + pvc + ": upload server not ready");
    }
    return Optional.empty();
  }

  /**
   * Where the upload of {@code pvc} goes: {@code path} on the upload Service's cluster IP and port
   * (there may be no cluster DNS), or a rejection when the Service has no address yet.
   */
  public static ProxyDecision target(String pvc, Optional<ServiceAddress> service, String path) {
    String ip = service.map(ServiceAddress::clusterIp).orElse("");
    if (ip.isBlank() || "None".equals(ip)) {
      return new ProxyDecision.Reject(
          UNAVAILABLE,
          "rejecting Upload Request for PVC " + pvc + ": upload server service not found");
    }
    String host = ip.contains(":") ? "[" + ip + "]" : ip;
    return new ProxyDecision.Forward("http://" + host + ":" + service.get().port() + path);
  }

  private static Optional<ProxyDecision.Reject> reject(String message) {
    return Optional.of(new ProxyDecision.Reject(UNAVAILABLE, message));
  }
}
