package io.jvirt.testing.streams;

import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A user's end of a stream (console, port-forward): collects what arrives, knows when it closed.
 */
public final class RecordingWebSocket implements WebSocket.Listener {
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  /** Completes with the close code when the stream closes. */
  public final CompletableFuture<Integer> closed = new CompletableFuture<>();

  /** What arrived so far, as text. */
  public synchronized String received() {
    return received.toString(StandardCharsets.UTF_8);
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    synchronized (this) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      received.writeBytes(bytes);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  /** {@code text} as the bytes of a binary message. */
  public static ByteBuffer text(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
