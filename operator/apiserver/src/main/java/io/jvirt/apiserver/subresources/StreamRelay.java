package io.jvirt.apiserver.subresources;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * Relays one stream between the user's WebSocket (a Jetty session of virt-api's) and the VMI's
 * virt-handler (a JDK WebSocket over mutual TLS): binary messages pass both ways, one at a time
 * each way (the next is read once the last is sent); either end closing closes the other.
 */
public final class StreamRelay implements Session.Listener, WebSocket.Listener {
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile WebSocket handler;
  private volatile Session user;

  /** The handler's end, once connected; nothing is read from it before the user's end opens. */
  void handler(WebSocket connected) {
    handler = connected;
  }

  // the user's side (Jetty)

  @Override
  public void onWebSocketOpen(Session session) {
    user = session;
    if (ended.get()) {
      session.close(StatusCode.NORMAL, "the stream ended", Callback.NOOP);
      return;
    }
    handler.request(1);
    session.demand();
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    handler
        .sendBinary(payload, true)
        .whenComplete(
            (socket, failure) -> {
              if (failure != null) {
                callback.fail(failure);
                end();
              } else {
                callback.succeed();
                user.demand();
              }
            });
  }

  @Override
  public void onWebSocketText(String text) {
    // upstream's streams carry binary messages only; others are skipped
    user.demand();
  }

  @Override
  public void onWebSocketClose(int code, String reason) {
    end();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    end();
  }

  // the handler's side (JDK)

  @Override
  public void onOpen(WebSocket webSocket) {
    // no request yet: the user's end is not open
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    Callback.Completable sent = new Callback.Completable();
    user.sendBinary(data, sent);
    sent.whenComplete(
        (done, failure) -> {
          if (failure != null) {
            end();
          } else {
            webSocket.request(1);
          }
        });
    // the JDK may reuse data once this completes: after Jetty has sent it
    return sent;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    end();
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    end();
  }

  /** Closes both ends (once). */
  void end() {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    WebSocket toHandler = handler;
    if (toHandler != null && !toHandler.isOutputClosed()) {
      toHandler
          .sendClose(WebSocket.NORMAL_CLOSURE, "")
          .whenComplete((socket, failure) -> toHandler.abort());
    } else if (toHandler != null) {
      toHandler.abort();
    }
    Session toUser = user;
    if (toUser != null && toUser.isOpen()) {
      toUser.close(StatusCode.NORMAL, "", Callback.NOOP);
    }
  }
}
