package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.client.http.WebSocket;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/** {@link ConsoleStream} over a fabric8 WebSocket speaking {@code plain.kubevirt.io}. */
final class WebSocketConsoleStream implements ConsoleStream, WebSocket.Listener {
  private static final int NORMAL_CLOSURE = 1000;
  private static final long MAX_QUEUED = 1024 * 1024;
  private static final long QUEUE_WAIT_NANOS = 1_000_000;

  private final OutputStream guestOutput;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile WebSocket socket;

  WebSocketConsoleStream(OutputStream guestOutput) {
    this.guestOutput = guestOutput;
  }

  void connected(WebSocket webSocket) {
    this.socket = webSocket;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    this.socket = webSocket;
    webSocket.request();
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteBuffer bytes) {
    byte[] chunk = new byte[bytes.remaining()];
    bytes.get(chunk);
    write(chunk);
    webSocket.request();
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    write(text.getBytes(StandardCharsets.UTF_8));
    webSocket.request();
  }

  @Override
  public void onClose(WebSocket webSocket, int code, String reason) {
    closed.complete(null);
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void send(byte[] bytes, int offset, int length) throws IOException {
    // fabric8 queues what is sent: hold the sender back while much is still queued
    while (socket.queueSize() > MAX_QUEUED && !closed.isDone()) {
      LockSupport.parkNanos(QUEUE_WAIT_NANOS);
    }
    byte[] copy = Arrays.copyOfRange(bytes, offset, offset + length);
    if (!socket.send(ByteBuffer.wrap(copy))) {
      throw new IOException("the connection is closed");
    }
  }

  @Override
  public CompletableFuture<Void> closed() {
    return closed;
  }

  @Override
  public void close() {
    WebSocket current = socket;
    if (current != null) {
      current.sendClose(NORMAL_CLOSURE, "");
    }
    closed.complete(null);
  }

  private void write(byte[] chunk) {
    try {
      guestOutput.write(chunk);
      guestOutput.flush();
    } catch (IOException e) {
      closed.completeExceptionally(new UncheckedIOException(e));
    }
  }
}
