package io.jvirt.handler.rest;

import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.tls.MutualTls;
import io.jvirt.daemon.tls.PeerIdentity;
import io.jvirt.daemon.tls.TlsSource;
import io.jvirt.handler.console.ConsoleSessions;
import io.jvirt.handler.console.SerialSockets;
import io.jvirt.handler.rest.decide.Route;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
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
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-handler's mutual-TLS server (upstream's console server, port {@link
 * io.jvirt.contract.Ports#HANDLER}): virt-api's {@code PUT
 * /v1/namespaces/{ns}/virtualmachineinstances/{name}/pause|unpause|softreboot} calls, passed to
 * {@link VmiCommands}, and the WebSocket stream {@code GET .../console}, bridged to the VMI's
 * serial socket ({@link ConsoleSessions}).
 *
 * <p>Only virt-api gets in: the TLS handshake requires a client certificate issued by a CA of the
 * {@link TlsSource} and naming {@link HandlerApi#CLIENT_COMMON_NAME} with the clientAuth usage, and
 * each request checks that identity again. The server presents the source's certificate; both are
 * read at every handshake, so a renewed certificate or CA bundle is used without a restart.
 *
 * <pre>{@code
 * HandlerServer server =
 *     new HandlerServer("0.0.0.0", Ports.HANDLER, new SecretTlsSource(client, namespace).start(),
 *         commands).start();
 * ...
 * server.close();
 * }</pre>
 */
public final class HandlerServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HandlerServer.class);

  /** Upstream's idle timeout of the console server's connections. */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

  private static final int MAX_THREADS = 16;

  private final Server server;
  private final ServerConnector connector;
  private final PeerIdentity client = PeerIdentity.client(HandlerApi.CLIENT_COMMON_NAME);
  private final VmiCommands commands;
  private final SerialSockets serialSockets;
  private final ConsoleSessions consoles = new ConsoleSessions();

  /**
   * A server for {@code address:port} (0 picks a free port), presenting and trusting what {@code
   * tls} holds, doing {@code commands}; it listens once {@link #start()}ed.
   */
  public HandlerServer(String address, int port, TlsSource tls, VmiCommands commands) {
    this(address, port, tls, commands, SerialSockets.none(), Clock.systemUTC());
  }

  /** As above, with the consoles {@code serialSockets} finds. */
  public HandlerServer(
      String address, int port, TlsSource tls, VmiCommands commands, SerialSockets serialSockets) {
    this(address, port, tls, commands, serialSockets, Clock.systemUTC());
  }

  /** As above, checking certificate validity at {@code clock}'s time. */
  public HandlerServer(String address, int port, TlsSource tls, VmiCommands commands, Clock clock) {
    this(address, port, tls, commands, SerialSockets.none(), clock);
  }

  /** All of the above. */
  public HandlerServer(
      String address,
      int port,
      TlsSource tls,
      VmiCommands commands,
      SerialSockets serialSockets,
      Clock clock) {
    this.commands = commands;
    this.serialSockets = serialSockets;
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
    threads.setName("handler-server");
    server = new Server(threads);
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setSslContext(MutualTls.context(tls, client, clock));
    ssl.setNeedClientAuth(true);
    // peers are reached by pod IP: identity is the certificate's name, checked by the trust manager
    ssl.setEndpointIdentificationAlgorithm(null);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    SecureRequestCustomizer secure = new SecureRequestCustomizer(false);
    secure.setSniRequired(false);
    http.addCustomizer(secure);
    connector =
        new ServerConnector(
            server,
            1,
            1,
            new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
            new HttpConnectionFactory(http));
    connector.setHost(address);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    server.addConnector(connector);
    WebSocketUpgradeHandler streams =
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              // a console may stay silent for hours; it ends when either end closes
              container.setIdleTimeout(Duration.ZERO);
              container.addMapping(
                  HandlerApi.pathSpec(HandlerApi.CONSOLE),
                  (request, response, callback) ->
                      stream(HandlerApi.CONSOLE, request, response, callback));
              container.addMapping(
                  HandlerApi.pathSpec(HandlerApi.VNC),
                  (request, response, callback) ->
                      stream(HandlerApi.VNC, request, response, callback));
            });
    streams.setHandler(new Routes());
    server.setHandler(streams);
  }

  /** The console sessions open now. */
  public int consoleSessions() {
    return consoles.count();
  }

  /**
   * Accepts a console or VNC upgrade bridged to the VMI's socket, or answers why not; as upstream,
   * a new session ends the earlier one unless a VNC client asks {@code preserveSession=true}.
   */
  private Object stream(
      String stream,
      ServerUpgradeRequest request,
      ServerUpgradeResponse response,
      Callback callback) {
    String refused = refusedPeer(request);
    if (refused != null) {
      return refuse(response, callback, new Outcome(403, refused));
    }
    HandlerApi.Target target = HandlerApi.parse(Request.getPathInContext(request)).orElseThrow();
    SerialSockets.Lookup lookup = serialSockets.find(target.namespace(), target.name(), stream);
    if (lookup instanceof SerialSockets.Missing missing) {
      return refuse(response, callback, new Outcome(missing.status(), missing.message()));
    }
    SerialSockets.Found found = (SerialSockets.Found) lookup;
    if (HandlerApi.VNC.equals(stream) && preserveSession(request) && consoles.active(found.key())) {
      return refuse(response, callback, new Outcome(503, "Active VNC connection. Request denied."));
    }
    Session.Listener bridge;
    try {
      bridge = consoles.open(found);
    } catch (IOException | RuntimeException e) {
      LOG.info("{} of {}/{}: {}", stream, target.namespace(), target.name(), e.toString());
      return refuse(
          response,
          callback,
          Outcome.launcherUnreachable(
              "the "
                  + stream
                  + " of VMI "
                  + target.namespace()
                  + "/"
                  + target.name()
                  + " does not answer: "
                  + e.getMessage()));
    }
    if (request.hasSubProtocol(HandlerApi.STREAM_SUBPROTOCOL)) {
      response.setAcceptedSubProtocol(HandlerApi.STREAM_SUBPROTOCOL);
    }
    LOG.info("{} of VMI {}/{} connected", stream, target.namespace(), target.name());
    return bridge;
  }

  private static boolean preserveSession(Request request) {
    String value = Request.extractQueryParameters(request).getValue(HandlerApi.PRESERVE_SESSION);
    return Boolean.parseBoolean(value);
  }

  /** Answers {@code outcome} instead of upgrading. */
  private static Object refuse(Response response, Callback callback, Outcome outcome) {
    response.setStatus(outcome.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    Content.Sink.write(response, true, outcome.message(), callback);
    return null;
  }

  /** Binds the port and starts serving; throws when the port cannot be bound. */
  public HandlerServer start() {
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IllegalStateException(
          "virt-handler cannot serve on " + connector.getHost() + ":" + connector.getPort(), e);
    }
    LOG.info("serving virt-api's calls on port {}", port());
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Stops serving; requests under way are cut. */
  @Override
  public void close() {
    consoles.close();
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("virt-handler's server did not stop cleanly", e);
    }
  }

  /** Routes each request to its {@link VmiCommands} method. */
  private final class Routes extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Outcome outcome;
      String refused = refusedPeer(request);
      var target = HandlerApi.parse(Request.getPathInContext(request));
      if (refused == null
          && "GET".equals(request.getMethod())
          && target.filter(t -> HandlerApi.SCREENSHOT.equals(t.subresource())).isPresent()) {
        screenshot(target.get(), response, callback);
        return true;
      }
      if (refused == null
          && "GET".equals(request.getMethod())
          && target.filter(t -> HandlerApi.GUEST_AGENT.contains(t.subresource())).isPresent()) {
        guestAgent(target.get(), response, callback);
        return true;
      }
      if (refused != null) {
        outcome = new Outcome(403, refused);
      } else {
        // the body (PauseOptions and the like) carries nothing the node needs: dry runs stop at
        // virt-api
        Content.Source.consumeAll(request);
        outcome = answer(Route.of(request.getMethod(), Request.getPathInContext(request)));
      }
      response.setStatus(outcome.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      Content.Sink.write(response, true, outcome.message(), callback);
      return true;
    }

    private void screenshot(HandlerApi.Target target, Response response, Callback callback) {
      VmiCommands.Screenshot shot;
      try {
        shot = commands.screenshot(target.namespace(), target.name());
      } catch (RuntimeException e) {
        shot =
            new VmiCommands.Screenshot(
                Outcome.failed("screenshot failed: " + e.getMessage()), null);
      }
      if (!shot.outcome().succeeded()) {
        response.setStatus(shot.outcome().status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, shot.outcome().message(), callback);
        return;
      }
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "image/png");
      response.write(true, ByteBuffer.wrap(shot.png()), callback);
    }

    private void guestAgent(HandlerApi.Target target, Response response, Callback callback) {
      VmiCommands.GuestAgentData data;
      try {
        data = commands.guestAgent(target.namespace(), target.name(), target.subresource());
      } catch (RuntimeException e) {
        data =
            new VmiCommands.GuestAgentData(
                Outcome.failed(target.subresource() + " failed: " + e.getMessage()), null);
      }
      if (!data.outcome().succeeded()) {
        response.setStatus(data.outcome().status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, data.outcome().message(), callback);
        return;
      }
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      Content.Sink.write(response, true, data.json(), callback);
    }

    private Outcome answer(Route route) {
      if (route instanceof Route.Refusal refusal) {
        return new Outcome(refusal.status(), refusal.message());
      }
      Route.Command command = (Route.Command) route;
      try {
        Outcome outcome =
            switch (command.kind()) {
              case PAUSE -> commands.pause(command.namespace(), command.name());
              case UNPAUSE -> commands.unpause(command.namespace(), command.name());
              case SOFT_REBOOT -> commands.softReboot(command.namespace(), command.name());
            };
        return outcome == null ? Outcome.failed("no outcome") : outcome;
      } catch (RuntimeException e) {
        LOG.warn("{} of {}/{} failed", command.kind(), command.namespace(), command.name(), e);
        return Outcome.failed(command.kind() + " failed: " + e.getMessage());
      }
    }
  }

  /** Why the peer may not call (null when it may): the handshake checked it, this re-checks. */
  private String refusedPeer(Request request) {
    Object data = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
    X509Certificate[] peer =
        data instanceof EndPoint.SslSessionData session ? session.peerCertificates() : null;
    if (peer == null || peer.length == 0) {
      return "a client certificate is required";
    }
    try {
      client.check(peer[0]);
      return null;
    } catch (CertificateException e) {
      return e.getMessage();
    }
  }
}
