package io.jvirt.apiserver.subresources;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.contract.HandlerApi;
import java.net.http.WebSocket;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * virt-api's {@code GET .../virtualmachineinstances/{name}/console} WebSocket upgrade, as upstream:
 * admit the user (authentication, RBAC, console refusals), open the stream at the VMI's
 * virt-handler, and only then upgrade the user's connection and relay ({@link StreamRelay}); a
 * refusal at either step is answered as a {@code Status} instead.
 */
public final class ConsoleRoute implements WebSocketCreator {
  /** The path spec of the console route, in both served versions. */
  public static final String PATH_SPEC =
      "regex|^"
          + SubresourcePath.PREFIX
          + "v1(alpha3)?/namespaces/[^/]+/virtualmachineinstances/[^/]+/"
          + HandlerApi.CONSOLE
          + "/?$";

  /** Decides whether a request may open its stream. */
  @FunctionalInterface
  public interface Admission {
    /** {@link StreamOpening.Admitted} or {@link StreamOpening.Refused}. */
    StreamOpening admit(Request request);
  }

  /** Opens a stream at the VMI's virt-handler. */
  @FunctionalInterface
  public interface Dialer {
    /** {@link StreamOpening.Connected} or {@link StreamOpening.Refused}. */
    StreamOpening dial(VirtualMachineInstance vmi, String subresource, WebSocket.Listener listener);
  }

  private final Admission admission;
  private final Dialer dialer;

  /** Admits by {@code admission}, connects by {@code dialer}. */
  public ConsoleRoute(Admission admission, Dialer dialer) {
    this.admission = admission;
    this.dialer = dialer;
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    StreamOpening admitted = admission.admit(request);
    if (admitted instanceof StreamOpening.Refused refused) {
      return refuse(response, callback, refused.reject());
    }
    VirtualMachineInstance vmi = ((StreamOpening.Admitted) admitted).vmi();
    StreamRelay relay = new StreamRelay();
    StreamOpening connected = dialer.dial(vmi, HandlerApi.CONSOLE, relay);
    if (connected instanceof StreamOpening.Refused refused) {
      return refuse(response, callback, refused.reject());
    }
    relay.handler(((StreamOpening.Connected) connected).handler());
    if (request.hasSubProtocol(HandlerApi.STREAM_SUBPROTOCOL)) {
      response.setAcceptedSubProtocol(HandlerApi.STREAM_SUBPROTOCOL);
    }
    return relay;
  }

  private static Object refuse(
      ServerUpgradeResponse response, Callback callback, LifecyclePlan.Reject reject) {
    String status =
        Exchanges.JSON.asJson(
            new StatusBuilder()
                .withStatus("Failure")
                .withCode(reject.code())
                .withReason(reject.reason())
                .withMessage(reject.message())
                .build());
    response.setStatus(reject.code());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, status, callback);
    return null;
  }
}
