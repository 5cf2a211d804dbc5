package io.jvirt.apiserver.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.RotatingKeyManager;
import io.jvirt.testing.streams.RecordingWebSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** virt-api's port-forward in-process: user WebSocket → virt-api → a TCP "guest" and back. */
class PortForwardStreamTest {
  private static final Duration DAY = Duration.ofDays(1);
  private static final String PATH =
      "/apis/subresources.kubevirt.io/v1/namespaces/default/virtualmachineinstances/vm1/portforward/";

  private final CertificateIssuer issuer = new CertificateIssuer(Clock.systemUTC());
  private final KeyMaterial apiCa = issuer.newCa("virt-api-ca", Duration.ofDays(7));
  private final AtomicInteger guestConnectionsOpen = new AtomicInteger();
  private ServerSocket guest;
  private VirtApiServer virtApi;

  @BeforeEach
  void start() throws IOException {
    guest = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::echo, "echo-guest");
    acceptor.setDaemon(true);
    acceptor.start();
    virtApi =
        new VirtApiServer(
            "localhost",
            0,
            new RotatingKeyManager(issuer.issue(apiCa, "virt-api", List.of("localhost"), DAY)),
            List.of(),
            (request, response) -> Exchanges.error(response, 404, "NotFound", "no"),
            streams -> {
              streams.setIdleTimeout(Duration.ZERO);
              streams.addMapping(
                  PortForwardRoute.PATH_SPEC,
                  new PortForwardRoute(request -> new StreamOpening.Admitted(runningVmi())));
            });
  }

  @AfterEach
  void stop() throws IOException {
    virtApi.close();
    guest.close();
  }

  @Test
  void bytesReachTheGuestAndItsAnswerComesBackInOrder() throws Exception {
    RecordingWebSocket user = new RecordingWebSocket();
    WebSocket socket = connect(guest.getLocalPort(), user);
    assertThat(socket.getSubprotocol()).isEqualTo(HandlerApi.STREAM_SUBPROTOCOL);
    StringBuilder sent = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      String line = "line " + i + " of the forwarded stream\n";
      sent.append(line);
      socket.sendBinary(RecordingWebSocket.text(line), true).join();
    }
    await().atMost(20, TimeUnit.SECONDS).until(() -> user.received().length() == sent.length());
    assertThat(user.received()).isEqualTo(sent.toString());
  }

  @Test
  void theUserClosingClosesTheGuestConnection() throws Exception {
    RecordingWebSocket user = new RecordingWebSocket();
    WebSocket socket = connect(guest.getLocalPort(), user);
    socket.sendBinary(RecordingWebSocket.text("hi"), true).join();
    await().atMost(10, TimeUnit.SECONDS).until(() -> guestConnectionsOpen.get() == 1);

    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();

    await().atMost(10, TimeUnit.SECONDS).until(() -> guestConnectionsOpen.get() == 0);
    assertThat(threadsNamed("portforward ")).isZero();
  }

  @Test
  void theGuestClosingClosesTheUsersStream() throws Exception {
    RecordingWebSocket user = new RecordingWebSocket();
    WebSocket socket = connect(guest.getLocalPort(), user);
    socket.sendBinary(RecordingWebSocket.text("bye"), true).join();

    assertThat(user.closed.get(10, TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
    assertThat(user.received()).isEqualTo("bye");
    await().atMost(10, TimeUnit.SECONDS).until(() -> threadsNamed("portforward ") == 0);
  }

  @Test
  void aClosedGuestPortIsRefusedBeforeTheUpgrade() throws Exception {
    int closed;
    try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = unused.getLocalPort();
    }
    assertThatThrownBy(() -> connect(closed, new RecordingWebSocket()))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(
            e ->
                assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                    .isEqualTo(500));
  }

  private WebSocket connect(int port, RecordingWebSocket listener) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("virt-api-ca", apiCa.certificate());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .build()
        .newWebSocketBuilder()
        .subprotocols(HandlerApi.STREAM_SUBPROTOCOL)
        .buildAsync(URI.create("wss://localhost:" + virtApi.port() + PATH + port), listener)
        .join();
  }

  private static VirtualMachineInstance runningVmi() {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(new ObjectMetaBuilder().withNamespace("default").withName("vm1").build());
    vmi.setSpec(new VirtualMachineInstanceSpec());
    VirtualMachineInstanceNetworkInterface nic = new VirtualMachineInstanceNetworkInterface();
    nic.setIpAddress("127.0.0.1");
    vmi.setStatus(
        new VirtualMachineInstanceStatus()
            .setPhase(VirtualMachineInstancePhase.RUNNING)
            .setInterfaces(List.of(nic)));
    return vmi;
  }

  /** Echoes each connection until the peer closes; a connection saying "bye" is hung up on. */
  private void echo() {
    while (!guest.isClosed()) {
      try {
        Socket connection = guest.accept();
        guestConnectionsOpen.incrementAndGet();
        Thread pump =
            new Thread(
                () -> {
                  byte[] buffer = new byte[8192];
                  try (connection;
                      InputStream in = connection.getInputStream();
                      OutputStream out = connection.getOutputStream()) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                      out.write(buffer, 0, read);
                      if (new String(buffer, 0, read).equals("bye")) {
                        break;
                      }
                    }
                  } catch (IOException e) {
                    // the relay hung up
                  } finally {
                    guestConnectionsOpen.decrementAndGet();
                  }
                });
        pump.setDaemon(true);
        pump.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static long threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix))
        .count();
  }
}
