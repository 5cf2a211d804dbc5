package io.jvirt.cdi.uploadproxy;

import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.cdi.contract.UploadServer;
import io.jvirt.cdi.uploadproxy.decide.ProxyDecision;
import io.jvirt.cdi.uploadproxy.decide.ProxyRoute;
import io.jvirt.cdi.uploadproxy.decide.UploadRules;
import io.jvirt.cdi.uploadtoken.decide.TokenClaims;
import io.jvirt.cdi.uploadtoken.decide.TokenVerdict;
import io.jvirt.cdi.uploadtoken.decide.UploadTokenRules;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cdi-uploadproxy's requests: checks the upload token, checks the PVC takes an upload now, and
 * streams the upload to the PVC's upload server.
 */
public final class UploadProxyHandler implements VirtApiServer.Route {
  private static final Logger LOG = LoggerFactory.getLogger(UploadProxyHandler.class);

  private final TokenKeys keys;
  private final UploadTargets targets;
  private final UploadForwarder forwarder;
  private final Clock clock;

  /**
   * A handler checking tokens with {@code keys} and finding uploads' targets in {@code targets}.
   */
  public UploadProxyHandler(
      TokenKeys keys, UploadTargets targets, UploadForwarder forwarder, Clock clock) {
    this.keys = keys;
    this.targets = targets;
    this.forwarder = forwarder;
    this.clock = clock;
  }

  @Override
  public void serve(Request request, Response response) throws IOException {
    String path = Exchanges.path(request);
    try {
      ProxyRoute route = UploadRules.route(request.getMethod(), path);
      if (route instanceof ProxyRoute.Health) {
        Replies.text(response, 200, "OK");
      } else if (route instanceof ProxyRoute.Upload upload) {
        upload(request, response, upload.path());
      } else if (route instanceof ProxyRoute.MethodNotAllowed) {
        Replies.text(response, 405, "method not allowed");
      } else {
        Replies.text(response, 404, "not found");
      }
    } catch (RuntimeException e) {
      LOG.error("request {} failed", path, e);
      Replies.text(response, 500, "error in upload-proxy: " + e.getMessage());
    }
  }

  private void upload(Request request, Response response, String path) throws IOException {
    Optional<String> token = UploadRules.bearerToken(request.getHeaders().get("Authorization"));
    if (token.isEmpty()) {
      Replies.text(response, 401, "missing upload token: send Authorization: Bearer <token>");
      return;
    }
    Optional<TokenClaims> claims = keys.verify(token.get());
    if (claims.isEmpty()) {
      Replies.text(response, 401, "invalid upload token");
      return;
    }
    TokenVerdict verdict = UploadTokenRules.check(claims.get(), clock.instant());
    if (verdict instanceof TokenVerdict.Rejected rejected) {
      Replies.text(response, 401, "invalid upload token: " + rejected.reason());
      return;
    }
    TokenVerdict.Accepted accepted = (TokenVerdict.Accepted) verdict;
    String namespace = accepted.namespace();
    String pvc = accepted.name();
    Optional<ProxyDecision.Reject> notReady =
        UploadRules.ready(pvc, targets.claimAnnotations(namespace, pvc));
    if (notReady.isPresent()) {
      Replies.text(response, notReady.get().status(), notReady.get().message());
      return;
    }
    ProxyDecision decision =
        UploadRules.target(pvc, targets.serviceAddress(namespace, UploadServer.name(pvc)), path);
    if (decision instanceof ProxyDecision.Reject reject) {
      Replies.text(response, reject.status(), reject.message());
      return;
    }
    LOG.info("forwarding an upload into {}/{}", namespace, pvc);
    forwarder.forward(request, response, ((ProxyDecision.Forward) decision).url());
  }
}
