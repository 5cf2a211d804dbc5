package io.jvirt.apiserver.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.apiserver.auth.RequestHeaderAuthenticator;
import io.jvirt.apiserver.auth.RequestHeaderConfig;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.apiserver.subresources.decide.VmiLifecycle;
import io.jvirt.contract.HandlerApi;
import io.jvirt.contract.LauncherPod;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.RotatingKeyManager;
import io.jvirt.daemon.tls.TlsMaterial;
import io.jvirt.handler.console.SerialSockets;
import io.jvirt.handler.rest.HandlerServer;
import io.jvirt.handler.rest.Outcome;
import io.jvirt.handler.rest.VmiCommands;
import io.jvirt.testing.streams.FakeSerialSocket;
import io.jvirt.testing.streams.RecordingWebSocket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console through virt-api and virt-handler, all in-process over real TLS and sockets: a user
 * (through the front proxy's certificate and headers) upgrades at virt-api's Jetty listener, which
 * admits as upstream, opens the stream at virt-handler over mutual TLS and relays; virt-handler
 * bridges to a fake launcher serial socket that echoes.
 */
class ConsoleStreamTest {
  private static final Duration DAY = Duration.ofHours(24);
  private static final String HOST = "localhost";
  private static final String FRONT_PROXY = "front-proxy-client";
  private static final String PATH =
      "/apis/subresources.kubevirt.io/v1/namespaces/default/virtualmachineinstances/%s/console";

  @TempDir Path dir;

  private final Clock clock = Clock.systemUTC();
  private final CertificateIssuer issuer = new CertificateIssuer(clock);
  private final KeyMaterial apiCa = issuer.newCa("virt-api-ca", Duration.ofDays(7));
  private final KeyMaterial frontProxyCa = issuer.newCa("front-proxy-ca", Duration.ofDays(7));
  private final RequestHeaderAuthenticator authenticator =
      new RequestHeaderAuthenticator(
          new RequestHeaderConfig(
              List.of(frontProxyCa.certificate()),
              List.of(FRONT_PROXY),
              List.of("X-Remote-User"),
              List.of("X-Remote-Group"),
              List.of("X-Remote-Extra-")));
  private FakeSerialSocket launcher;
  private HandlerServer handler;
  private VirtApiServer virtApi;

  @BeforeEach
  void start() {
    Path socket = dir.resolve("vmi-uid").resolve(LauncherPod.SERIAL_SOCKET);
    launcher = new FakeSerialSocket(socket);
    KeyMaterial handlerServing = issuer.issue(apiCa, HandlerApi.SERVER_COMMON_NAME, List.of(), DAY);
    handler =
        new HandlerServer(
                "127.0.0.1",
                0,
                () -> new TlsMaterial(handlerServing, List.of(apiCa.certificate())),
                new NoCommands(),
                (namespace, name, stream) ->
                    new SerialSockets.Found(namespace + "/" + name, socket))
            .start();
    KeyMaterial handlerClient = issuer.issueClient(apiCa, HandlerApi.CLIENT_COMMON_NAME, DAY);
    HandlerClient handlers =
        new HandlerClient(
            () -> new TlsMaterial(handlerClient, List.of(apiCa.certificate())),
            Duration.ofSeconds(10),
            clock);
    virtApi =
        new VirtApiServer(
            HOST,
            0,
            new RotatingKeyManager(issuer.issue(apiCa, "virt-api", List.of(HOST), DAY)),
            List.of(frontProxyCa.certificate()),
            (request, response) ->
                Exchanges.json(
                    response,
                    200,
                    authenticator.authenticate(request).map(u -> u.name()).orElse("nobody")),
            streams ->
                streams.addMapping(
                    HandlerStreamRoute.pathSpec(HandlerApi.CONSOLE),
                    new HandlerStreamRoute(
                        HandlerApi.CONSOLE,
                        this::admit,
                        (vmi, subresource, listener) ->
                            HandlerStreams.connect(
                                handlers,
                                "127.0.0.1",
                                handler.port(),
                                vmi,
                                subresource,
                                listener,
                                "node01"))));
  }

  @AfterEach
  void stop() throws IOException {
    virtApi.close();
    handler.close();
    launcher.close();
  }

  /** As virt-api admits, without the API server: a front-proxy user, a VMI Running or not. */
  private StreamOpening admit(Request request) {
    if (authenticator.authenticate(request).isEmpty()) {
      return StreamOpening.refused(401, "Unauthorized", "Unauthorized");
    }
    String name = Request.getPathInContext(request).split("/")[7];
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(new ObjectMetaBuilder().withNamespace("default").withName(name).build());
    vmi.setSpec(new VirtualMachineInstanceSpec());
    vmi.setStatus(
        new VirtualMachineInstanceStatus()
            .setPhase(
                "stopped".equals(name)
                    ? VirtualMachineInstancePhase.SCHEDULED
                    : VirtualMachineInstancePhase.RUNNING));
    LifecyclePlan plan = VmiLifecycle.console(vmi);
    return plan instanceof LifecyclePlan.Reject reject
        ? new StreamOpening.Refused(reject)
        : new StreamOpening.Admitted(vmi);
  }

  private HttpClient user(boolean withFrontProxyCertificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("virt-api-ca", apiCa.certificate());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        withFrontProxyCertificate
            ? new KeyManager[] {
              new RotatingKeyManager(issuer.issueClient(frontProxyCa, FRONT_PROXY, DAY))
            }
            : null,
        trust.getTrustManagers(),
        null);
    return HttpClient.newBuilder().sslContext(context).build();
  }

  private WebSocket connect(HttpClient client, String name, RecordingWebSocket listener) {
    return client
        .newWebSocketBuilder()
        .header("X-Remote-User", "alice")
        .subprotocols(HandlerApi.STREAM_SUBPROTOCOL)
        .buildAsync(
            URI.create("wss://" + HOST + ":" + virtApi.port() + String.format(PATH, name)),
            listener)
        .join();
  }

  @Test
  void keystrokesReachTheGuestAndItsEchoComesBack() throws Exception {
    RecordingWebSocket alice = new RecordingWebSocket();
    WebSocket socket = connect(user(true), "vm1", alice);

    assertThat(socket.getSubprotocol()).isEqualTo(HandlerApi.STREAM_SUBPROTOCOL);
    socket.sendBinary(RecordingWebSocket.text("ls\r"), true).join();
    socket.sendBinary(RecordingWebSocket.text("echo hi\r"), true).join();

    await().atMost(10, TimeUnit.SECONDS).until(() -> alice.received().equals("ls\recho hi\r"));
  }

  @Test
  void theUserHangingUpEndsTheHandlerSessionAndTheSerialConnection() throws Exception {
    WebSocket socket = connect(user(true), "vm1", new RecordingWebSocket());
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.connections().size() == 1);

    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();

    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.ended().size() == 1);
    await().atMost(10, TimeUnit.SECONDS).until(() -> handler.consoleSessions() == 0);
    await().atMost(10, TimeUnit.SECONDS).until(() -> consoleThreads() == 0);
  }

  @Test
  void theGuestGoingAwayEndsTheUsersStream() throws Exception {
    RecordingWebSocket alice = new RecordingWebSocket();
    connect(user(true), "vm1", alice);
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.connections().size() == 1);

    launcher.hangUp();

    assertThat(alice.closed).succeedsWithin(Duration.ofSeconds(10));
    await().atMost(10, TimeUnit.SECONDS).until(() -> consoleThreads() == 0);
  }

  @Test
  void aSecondConsoleEndsTheFirstAsUpstream() throws Exception {
    RecordingWebSocket first = new RecordingWebSocket();
    connect(user(true), "vm1", first);
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.connections().size() == 1);

    RecordingWebSocket second = new RecordingWebSocket();
    WebSocket socket = connect(user(true), "vm1", second);

    assertThat(first.closed).succeedsWithin(Duration.ofSeconds(10));
    socket.sendBinary(RecordingWebSocket.text("mine now"), true).join();
    await().atMost(10, TimeUnit.SECONDS).until(() -> second.received().equals("mine now"));
  }

  @Test
  void upstreamsRefusalsAreAnsweredInsteadOfUpgrading() throws Exception {
    assertThatThrownBy(() -> connect(user(true), "stopped", new RecordingWebSocket()))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(400));
    assertThatThrownBy(() -> connect(user(false), "vm1", new RecordingWebSocket()))
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    assertThat(launcher.connections()).isEmpty();
  }

  @Test
  void theJdkStyleHandlersAreServedBehindJettyWithTheFrontProxyIdentity() throws Exception {
    URI uri = URI.create("https://" + HOST + ":" + virtApi.port() + "/apis/anything");
    HttpRequest request = HttpRequest.newBuilder(uri).header("X-Remote-User", "alice").build();

    HttpResponse<String> proxied = user(true).send(request, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> anonymous =
        user(false).send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(proxied.statusCode()).isEqualTo(200);
    assertThat(proxied.body()).isEqualTo("\"alice\"");
    assertThat(anonymous.body()).isEqualTo("\"nobody\"");
  }

  private static long consoleThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("console "))
        .count();
  }

  /** Lifecycle commands are not under test here. */
  private static final class NoCommands implements VmiCommands {
    @Override
    public Outcome pause(String namespace, String name) {
      return Outcome.done();
    }

    @Override
    public Outcome unpause(String namespace, String name) {
      return Outcome.done();
    }

    @Override
    public Outcome softReboot(String namespace, String name) {
      return Outcome.done();
    }
  }
}
