package io.jvirt.apiserver.subresources;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.apiserver.subresources.decide.VmiLifecycle;
import io.jvirt.contract.HandlerApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * virt-api's {@code GET .../{virtualmachineinstances|virtualmachines}/{name}/portforward/{port}}
 * WebSocket upgrade, as upstream: admit the user, dial the VMI's first interface on the port
 * (virt-api itself, no handler hop), and only then upgrade and relay ({@link TcpRelay}); a refusal
 * or a failed dial is answered as a {@code Status} instead.
 */
public final class PortForwardRoute implements WebSocketCreator {
  /** The path spec of the port-forward route, for VMIs and VMs, in both served versions. */
  public static final String PATH_SPEC =
      "regex|^"
          + SubresourcePath.PREFIX
          + "v1(alpha3)?/namespaces/[^/]+/(virtualmachineinstances|virtualmachines)/[^/]+/"
          + StreamTarget.PORT_FORWARD
          + "/[^/]+(/[^/]+)?/?$";

  private static final int DIAL_TIMEOUT_MILLIS = 10_000;

  private final HandlerStreamRoute.Admission admission;

  /** Admits by {@code admission}. */
  public PortForwardRoute(HandlerStreamRoute.Admission admission) {
    this.admission = admission;
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    Opened opened = open(request);
    if (opened.refused() != null) {
      return StreamRefusals.refuse(response, callback, opened.refused());
    }
    if (request.hasSubProtocol(HandlerApi.STREAM_SUBPROTOCOL)) {
      response.setAcceptedSubProtocol(HandlerApi.STREAM_SUBPROTOCOL);
    }
    return new TcpRelay(opened.guest(), opened.name());
  }

  /**
   * Answers a port-forward request that asks for no upgrade (virtctl reads why an upgrade failed
   * this way): the same refusal as the upgrade would get, else upstream's "not a WebSocket" 400.
   */
  public void answerPlain(Request request, Response response) throws IOException {
    Opened opened = open(request);
    if (opened.refused() != null) {
      LifecyclePlan.Reject r = opened.refused();
      Exchanges.error(response, r.code(), r.reason(), r.message());
      return;
    }
    closeQuietly(opened.guest());
    Exchanges.error(
        response,
        400,
        "BadRequest",
        "websocket: the client is not using the websocket protocol: 'upgrade' token not found in"
            + " 'Connection' header");
  }

  /** A connection to the guest, or why there is none. */
  private record Opened(Socket guest, String name, LifecyclePlan.Reject refused) {}

  private Opened open(Request request) {
    StreamOpening admitted = admission.admit(request);
    if (admitted instanceof StreamOpening.Refused refused) {
      return new Opened(null, null, refused.reject());
    }
    VirtualMachineInstance vmi = ((StreamOpening.Admitted) admitted).vmi();
    StreamTarget target = StreamTarget.parse(Request.getPathInContext(request)).orElseThrow();
    if (!"tcp".equals(target.protocol())) {
      return new Opened(
          null,
          null,
          new LifecyclePlan.Reject(
              400,
              "BadRequest",
              "protocol " + target.protocol() + " is not supported: jvirt forwards tcp only"));
    }
    String address = VmiLifecycle.address(vmi).orElseThrow();
    Socket guest = new Socket();
    try {
      guest.setTcpNoDelay(true);
      guest.connect(new InetSocketAddress(address, target.port()), DIAL_TIMEOUT_MILLIS);
    } catch (IOException e) {
      closeQuietly(guest);
      return new Opened(
          null,
          null,
          new LifecyclePlan.Reject(
              500,
              "InternalError",
              "Internal error occurred: dialing VM: dial tcp "
                  + address
                  + ":"
                  + target.port()
                  + ": "
                  + e.getMessage()));
    }
    String name =
        vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName() + ":" + target.port();
    return new Opened(guest, name, null);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // never connected: nothing to release
    }
  }
}
