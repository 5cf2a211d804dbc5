package io.jvirt.handler.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.TlsMaterial;
import io.jvirt.daemon.tls.TlsSource;
import io.jvirt.handler.rest.HandlerServer;
import io.jvirt.handler.rest.Outcome;
import io.jvirt.handler.rest.VmiCommands;
import io.jvirt.testing.streams.FakeSerialSocket;
import io.jvirt.testing.streams.RecordingWebSocket;
import java.io.IOException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * virt-handler's console stream for real: its mutual-TLS server in-process, virt-api's client with
 * its certificate, and a fake launcher serial socket that echoes: bytes typed come back, a second
 * session takes over from the first (upstream), and either end closing closes the other without
 * leaving a thread behind.
 */
class SerialConsoleTest {
  private static final Duration DAY = Duration.ofHours(24);
  private static final String LOCALHOST = "127.0.0.1";

  @TempDir Path pods;

  private final Clock clock = Clock.systemUTC();
  private final CertificateIssuer issuer = new CertificateIssuer(clock);
  private final KeyMaterial ca = issuer.newCa("jvirt-virt-api-ca", Duration.ofDays(7));
  private FakeSerialSocket launcher;
  private HandlerServer server;
  private HandlerClient virtApi;

  @BeforeEach
  void start() {
    Path socket = pods.resolve("vmi-uid").resolve(io.jvirt.contract.LauncherPod.SERIAL_SOCKET);
    launcher = new FakeSerialSocket(socket);
    SerialSockets sockets =
        (namespace, name, stream) ->
            "vm1".equals(name)
                ? new SerialSockets.Found(namespace + "/" + name, socket)
                : new SerialSockets.Missing(404, "VMI " + namespace + "/" + name + " is not here");
    KeyMaterial serving = issuer.issue(ca, HandlerApi.SERVER_COMMON_NAME, List.of(), DAY);
    TlsSource tls = () -> new TlsMaterial(serving, List.of(ca.certificate()));
    server = new HandlerServer(LOCALHOST, 0, tls, new NoCommands(), sockets).start();
    KeyMaterial client = issuer.issueClient(ca, HandlerApi.CLIENT_COMMON_NAME, DAY);
    virtApi =
        new HandlerClient(
            () -> new TlsMaterial(client, List.of(ca.certificate())),
            Duration.ofSeconds(10),
            clock);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    launcher.close();
  }

  private WebSocket connect(String name, RecordingWebSocket client) {
    return virtApi.stream(LOCALHOST, server.port(), "default", name, HandlerApi.CONSOLE, client)
        .join();
  }

  @Test
  void typedBytesReachTheSerialSocketAndItsAnswerComesBack() {
    RecordingWebSocket user = new RecordingWebSocket();
    WebSocket socket = connect("vm1", user);

    assertThat(socket.getSubprotocol()).isEqualTo(HandlerApi.STREAM_SUBPROTOCOL);
    socket.sendBinary(RecordingWebSocket.text("uname -a\r"), true).join();

    await().atMost(10, TimeUnit.SECONDS).until(() -> user.received().equals("uname -a\r"));
    assertThat(launcher.connections()).hasSize(1);
  }

  @Test
  void aSecondSessionEndsTheFirstAsUpstream() {
    RecordingWebSocket first = new RecordingWebSocket();
    connect("vm1", first);
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.connections().size() == 1);

    RecordingWebSocket second = new RecordingWebSocket();
    WebSocket socket = connect("vm1", second);

    assertThat(first.closed).succeedsWithin(Duration.ofSeconds(10));
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.ended().size() == 1);
    socket.sendBinary(RecordingWebSocket.text("still here"), true).join();
    await().atMost(10, TimeUnit.SECONDS).until(() -> second.received().equals("still here"));
    assertThat(server.consoleSessions()).isEqualTo(1);
  }

  @Test
  void theUserHangingUpClosesTheSerialConnectionAndItsThread() {
    RecordingWebSocket user = new RecordingWebSocket();
    WebSocket socket = connect("vm1", user);
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.connections().size() == 1);

    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.ended().size() == 1);
    await().atMost(10, TimeUnit.SECONDS).until(() -> consoleThreads() == 0);
    assertThat(server.consoleSessions()).isZero();
  }

  @Test
  void theGuestGoingAwayEndsTheStream() throws IOException {
    RecordingWebSocket user = new RecordingWebSocket();
    connect("vm1", user);
    await().atMost(10, TimeUnit.SECONDS).until(() -> launcher.connections().size() == 1);

    launcher.hangUp();

    assertThat(user.closed).succeedsWithin(Duration.ofSeconds(10));
    await().atMost(10, TimeUnit.SECONDS).until(() -> consoleThreads() == 0);
    assertThat(server.consoleSessions()).isZero();
  }

  @Test
  void aVmiWithoutConsoleHereIsRefusedWithTheHandlersStatus() {
    assertThatThrownBy(() -> connect("vm2", new RecordingWebSocket()))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(404));
  }

  @Test
  void aSilentSerialSocketIsA503() throws IOException {
    launcher.close();
    java.nio.file.Files.delete(
        pods.resolve("vmi-uid").resolve(io.jvirt.contract.LauncherPod.SERIAL_SOCKET));

    assertThatThrownBy(() -> connect("vm1", new RecordingWebSocket()))
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(503));
  }

  private static long consoleThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(SerialBridge.threadName("")))
        .count();
  }

  /** The lifecycle commands are not under test here. */
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
