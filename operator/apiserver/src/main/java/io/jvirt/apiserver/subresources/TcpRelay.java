package io.jvirt.apiserver.subresources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays a port-forward: binary messages of the user's WebSocket become bytes on a TCP connection
 * to the guest, and what the guest sends comes back as binary messages; either end closing (or
 * failing) closes the other, and the reading thread ends with it.
 */
public final class TcpRelay implements Session.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(TcpRelay.class);
  private static final int CHUNK = 32 * 1024;

  private final Socket guest;
  private final String name;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile Session user;

  /** Relays to {@code guest}, already connected; {@code name} names the reading thread. */
  TcpRelay(Socket guest, String name) {
    this.guest = guest;
    this.name = name;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    user = session;
    Thread reader = new Thread(this::fromGuest, "portforward " + name);
    reader.setDaemon(true);
    reader.start();
    session.demand();
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    try {
      OutputStream out = guest.getOutputStream();
      if (payload.hasArray()) {
        out.write(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining());
      } else {
        byte[] copy = new byte[payload.remaining()];
        payload.get(copy);
        out.write(copy);
      }
      out.flush();
      callback.succeed();
      user.demand();
    } catch (IOException e) {
      callback.fail(e);
      end();
    }
  }

  @Override
  public void onWebSocketText(String text) {
    // port-forward carries binary messages only
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

  private void fromGuest() {
    byte[] buffer = new byte[CHUNK];
    try (InputStream in = guest.getInputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        Callback.Completable sent = new Callback.Completable();
        user.sendBinary(ByteBuffer.wrap(Arrays.copyOf(buffer, read)), sent);
        // one message in flight: the guest is read again once the user took the last
        sent.get();
      }
    } catch (IOException | ExecutionException e) {
      LOG.debug("port-forward {} ended: {}", name, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      end();
    }
  }

  /** Closes both ends (once). */
  private void end() {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    try {
      guest.close();
    } catch (IOException e) {
      LOG.debug("closing port-forward {}: {}", name, e.getMessage());
    }
    Session toUser = user;
    if (toUser != null && toUser.isOpen()) {
      toUser.close(StatusCode.NORMAL, "", Callback.NOOP);
    }
  }
}
