package io.jvirt.handler.console;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console session: binary WebSocket messages are written to the serial socket, the socket's
 * bytes go back as binary messages (one reader thread); either end closing closes the other.
 */
public final class SerialBridge implements Session.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(SerialBridge.class);

  /** Upstream's buffer size for stream copies. */
  private static final int BUFFER = 10240;

  private final String key;
  private final SocketChannel serial;
  private final Consumer<SerialBridge> ended;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Session session;

  /** A bridge for VMI {@code key} over the connected {@code serial}; {@code ended} is told once. */
  SerialBridge(String key, SocketChannel serial, Consumer<SerialBridge> ended) {
    this.key = key;
    this.serial = serial;
    this.ended = ended;
  }

  /** The name of the reader thread of VMI {@code key}'s sessions. */
  static String threadName(String key) {
    return "console " + key;
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    session = opened;
    if (closed.get()) {
      // replaced by a newer session before this one opened
      opened.close(StatusCode.NORMAL, "a newer console connection took over", Callback.NOOP);
      return;
    }
    Thread reader = new Thread(this::guestToClient, threadName(key));
    reader.setDaemon(true);
    reader.start();
    opened.demand();
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    try {
      while (payload.hasRemaining()) {
        serial.write(payload);
      }
      callback.succeed();
      session.demand();
    } catch (IOException e) {
      callback.fail(e);
      end(StatusCode.SERVER_ERROR, "the serial console cannot be written: " + e.getMessage());
    }
  }

  @Override
  public void onWebSocketText(String text) {
    // upstream's streams carry binary messages only; others are skipped
    session.demand();
  }

  @Override
  public void onWebSocketClose(int code, String reason) {
    end(StatusCode.NORMAL, "");
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    LOG.debug("console of {} failed", key, cause);
    end(StatusCode.SERVER_ERROR, "console stream failed");
  }

  /** Ends the session: closes the serial socket and the WebSocket (once). */
  void end(int code, String reason) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      serial.close();
    } catch (IOException e) {
      LOG.debug("closing the serial socket of {}", key, e);
    }
    Session current = session;
    if (current != null && current.isOpen()) {
      current.close(code, reason, Callback.NOOP);
    }
    ended.accept(this);
  }

  private void guestToClient() {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    try {
      while (serial.read(buffer) >= 0) {
        buffer.flip();
        Callback.Completable sent = new Callback.Completable();
        session.sendBinary(buffer, sent);
        sent.get();
        buffer.clear();
      }
      end(StatusCode.NORMAL, "the serial console closed");
    } catch (IOException | ExecutionException e) {
      end(StatusCode.NORMAL, "the serial console closed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      end(StatusCode.SHUTDOWN, "virt-handler is stopping");
    }
  }
}
