package io.jvirt.apiserver.http;

import io.jvirt.daemon.tls.RotatingKeyManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * virt-api's HTTPS listener (Jetty 12, as virt-handler's): serves with a rotating certificate and
 * asks for (without requiring) a client certificate of the front-proxy CA, which is how aggregated
 * API calls identify themselves; webhook calls come without one. WebSocket upgrades of the paths
 * {@code streams} maps are served by their endpoints; every other request goes to one blocking
 * {@link Route}.
 */
public final class VirtApiServer implements AutoCloseable {
  /** Answers one plain (not upgraded) request, blocking on a thread of the server's pool. */
  @FunctionalInterface
  public interface Route {
    /** Writes the whole answer to {@code response} before returning. */
    void serve(Request request, Response response) throws IOException;
  }

  private static final int MAX_THREADS = 32;

  private final Server server;
  private final ServerConnector connector;

  /**
   * Listens on {@code address:port} (0 picks a free port) and hands every request to {@code
   * handler}.
   */
  public VirtApiServer(
      String address,
      int port,
      RotatingKeyManager keys,
      List<X509Certificate> clientCas,
      Route handler) {
    this(address, port, keys, clientCas, handler, streams -> {});
  }

  /** As above, with the WebSocket endpoints {@code streams} maps. */
  public VirtApiServer(
      String address,
      int port,
      RotatingKeyManager keys,
      List<X509Certificate> clientCas,
      Route handler,
      Consumer<ServerWebSocketContainer> streams) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName("virt-api");
    server = new Server(threads);
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setSslContext(context(keys, clientCas));
    ssl.setWantClientAuth(true);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    SecureRequestCustomizer secure = new SecureRequestCustomizer(false);
    // the API server dials the Service's IP, webhooks name the Service: no SNI to insist on
    secure.setSniRequired(false);
    http.addCustomizer(secure);
    connector =
        new ServerConnector(
            server,
            new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
            new HttpConnectionFactory(http));
    connector.setHost(address);
    connector.setPort(port);
    server.addConnector(connector);
    WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(server, streams);
    upgrades.setHandler(blocking(handler));
    server.setHandler(upgrades);
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("virt-api cannot serve on " + address + ":" + port, e);
    }
  }

  /** The port actually bound. */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("virt-api's server did not stop cleanly", e);
    }
  }

  private static Handler blocking(Route route) {
    return new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        try {
          route.serve(request, response);
          callback.succeeded();
        } catch (IOException | RuntimeException e) {
          callback.failed(e);
        }
        return true;
      }
    };
  }

  private static SSLContext context(RotatingKeyManager keys, List<X509Certificate> clientCas) {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      for (int i = 0; i < clientCas.size(); i++) {
        trusted.setCertificateEntry("client-ca-" + i, clientCas.get(i));
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {keys}, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot set up virt-api's TLS", e);
    }
  }
}
