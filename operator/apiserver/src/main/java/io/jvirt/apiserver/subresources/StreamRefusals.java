package io.jvirt.apiserver.subresources;

import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;

/** Answers a refused stream upgrade with its {@code Status}, as the API server words errors. */
final class StreamRefusals {
  private StreamRefusals() {}

  /** Writes {@code reject} instead of upgrading; returns no endpoint. */
  static Object refuse(
      ServerUpgradeResponse response, Callback callback, LifecyclePlan.Reject reject) {
    String status =
        Exchanges.JSON.asJson(Exchanges.status(reject.code(), reject.reason(), reject.message()));
    response.setStatus(reject.code());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, status, callback);
    return null;
  }
}
