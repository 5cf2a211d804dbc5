package io.jvirt.apiserver.subresources;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.subresources.decide.HandlerAnswers;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.daemon.handlerapi.HandlerClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a stream at a known virt-handler, as upstream does before upgrading the user's connection:
 * the handler's refusal (its status and words) or a failure to reach it is answered to the user
 * instead.
 */
public final class HandlerStreams {
  /** How long the handler may take to accept a stream, TLS handshake included. */
  private static final long TIMEOUT_SECONDS = 30;

  private HandlerStreams() {}

  /** Opens {@code subresource} of {@code vmi} at the handler at {@code address:port}. */
  public static StreamOpening connect(
      HandlerClient handlers,
      String address,
      int port,
      VirtualMachineInstance vmi,
      String subresource,
      WebSocket.Listener listener,
      String node) {
    String ns = vmi.getMetadata().getNamespace();
    String name = vmi.getMetadata().getName();
    try {
      WebSocket socket =
          handlers.stream(address, port, ns, name, subresource, listener)
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return new StreamOpening.Connected(socket);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        Object body = refused.getResponse().body();
        return new StreamOpening.Refused(
            HandlerAnswers.reply(
                    refused.getResponse().statusCode(),
                    body instanceof String text ? text : null,
                    node,
                    subresource)
                .orElse(
                    new LifecyclePlan.Reject(
                        500,
                        "InternalError",
                        "virt-handler on node " + node + " did not upgrade")));
      }
      return new StreamOpening.Refused(
          HandlerAnswers.unreachable(node, NodeHandlerProxy.describe(e.getCause())));
    } catch (TimeoutException e) {
      return new StreamOpening.Refused(
          HandlerAnswers.unreachable(node, "no answer in " + TIMEOUT_SECONDS + "s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new StreamOpening.Refused(HandlerAnswers.unreachable(node, "interrupted"));
    }
  }
}
