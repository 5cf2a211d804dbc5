package io.jvirt.apiserver.subresources;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.HandlerApi;
import java.net.http.WebSocket;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * virt-api's WebSocket upgrades of a VMI's {@code console} and {@code vnc}, as upstream: admit the
 * user (authentication, RBAC, the stream's refusals), open the stream at the VMI's virt-handler,
 * and only then upgrade the user's connection and relay ({@link StreamRelay}); a refusal at either
 * step is answered as a {@code Status} instead.
 */
public final class HandlerStreamRoute implements WebSocketCreator {
  /** The path spec of a VMI's {@code subresource} stream, in both served versions. */
  public static String pathSpec(String subresource) {
    return "regex|^"
        + SubresourcePath.PREFIX
        + "v1(alpha3)?/namespaces/[^/]+/virtualmachineinstances/[^/]+/"
        + subresource
        + "/?$";
  }

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

  private final String subresource;
  private final Admission admission;
  private final Dialer dialer;

  /** Streams {@code subresource}: admits by {@code admission}, connects by {@code dialer}. */
  public HandlerStreamRoute(String subresource, Admission admission, Dialer dialer) {
    this.subresource = subresource;
    this.admission = admission;
    this.dialer = dialer;
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    StreamOpening admitted = admission.admit(request);
    if (admitted instanceof StreamOpening.Refused refused) {
      return StreamRefusals.refuse(response, callback, refused.reject());
    }
    VirtualMachineInstance vmi = ((StreamOpening.Admitted) admitted).vmi();
    StreamRelay relay = new StreamRelay();
    StreamOpening connected = dialer.dial(vmi, subresource, relay);
    if (connected instanceof StreamOpening.Refused refused) {
      return StreamRefusals.refuse(response, callback, refused.reject());
    }
    relay.handler(((StreamOpening.Connected) connected).handler());
    if (request.hasSubProtocol(HandlerApi.STREAM_SUBPROTOCOL)) {
      response.setAcceptedSubProtocol(HandlerApi.STREAM_SUBPROTOCOL);
    }
    return relay;
  }
}
