package io.jvirt.handler.console;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * The console sessions of this node, at most one per VMI: as upstream, a new connection ends the
 * VMI's earlier session.
 */
public final class ConsoleSessions implements AutoCloseable {
  private final Map<String, SerialBridge> sessions = new ConcurrentHashMap<>();

  /**
   * Connects to the serial console {@code found} names and returns the WebSocket endpoint bridging
   * to it, ending the VMI's earlier session; throws when the socket does not answer.
   */
  public Session.Listener open(SerialSockets.Found found) throws IOException {
    SocketChannel serial = SocketChannel.open(UnixDomainSocketAddress.of(found.socket()));
    SerialBridge bridge =
        new SerialBridge(found.key(), serial, b -> sessions.remove(found.key(), b));
    SerialBridge earlier = sessions.put(found.key(), bridge);
    if (earlier != null) {
      earlier.end(StatusCode.NORMAL, "a newer console connection took over");
    }
    return bridge;
  }

  /** Whether a session of {@code key} is open now. */
  public boolean active(String key) {
    return sessions.containsKey(key);
  }

  /** How many sessions are open. */
  public int count() {
    return sessions.size();
  }

  /** Ends every session (virt-handler stops). */
  @Override
  public void close() {
    sessions.values().forEach(b -> b.end(StatusCode.SHUTDOWN, "virt-handler is stopping"));
  }
}
