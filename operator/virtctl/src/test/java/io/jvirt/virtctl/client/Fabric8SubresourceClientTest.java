package io.jvirt.virtctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.api.v1.subresources.StopOptions;
import io.jvirt.virtctl.client.RecordingServer.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real subresource client against a local HTTP server: paths, bodies, auth, errors. */
class Fabric8SubresourceClientTest extends ConnectedClientTest {
  private static final String CONFLICT =
      "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
          + "\"message\":\"VM is already running\",\"reason\":\"Conflict\",\"code\":409}";

  @Test
  void putsJsonWithTheKubeconfigToken() {
    StopOptions stop = new StopOptions();
    stop.setGracePeriod(0L);

    cluster.subresources().put("team-a", "virtualmachines", "myvm", "stop", stop);

    Request request = server.requests.get(0);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.path())
        .isEqualTo("/apis/subresources.kubevirt.io/v1/namespaces/team-a/virtualmachines/myvm/stop");
    assertThat(request.body()).isEqualTo("{\"gracePeriod\":0}");
    assertThat(request.authorization()).isEqualTo("Bearer secret-token");
  }

  @Test
  void aNullBodyIsAnEmptyObject() {
    cluster.subresources().put("ns", "virtualmachineinstances", "v", "softreboot", null);

    assertThat(server.requests.get(0).body()).isEqualTo("{}");
  }

  @Test
  void aStatusErrorBecomesAnApiException() {
    server.answer(409, CONFLICT);

    assertThatThrownBy(
            () -> cluster.subresources().put("ns", "virtualmachines", "v", "start", null))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(409);
              assertThat(e.reason()).isEqualTo("Conflict");
              assertThat(e).hasMessage("VM is already running");
            });
  }

  @Test
  void readsTheServerVersion() {
    server.answer(
        200,
        "{\"gitVersion\":\"v0.1.0\",\"gitCommit\":\"abc\",\"gitTreeState\":\"clean\","
            + "\"buildDate\":\"2025-01-01T00:00:00Z\",\"compiler\":\"javac\","
            + "\"platform\":\"linux/amd64\",\"extra\":1}");

    VersionInfo version = cluster.subresources().getVersion();

    assertThat(server.requests.get(0).path())
        .isEqualTo("/apis/subresources.kubevirt.io/v1/version");
    assertThat(version)
        .isEqualTo(
            new VersionInfo(
                "v0.1.0", "abc", "clean", "2025-01-01T00:00:00Z", null, "javac", "linux/amd64"));
  }

  @Test
  void aRefusedConsoleCarriesTheServerMessage() {
    server.answer(
        400,
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"message\":\"VMI is not running\",\"reason\":\"BadRequest\",\"code\":400}");

    assertThatThrownBy(
            () ->
                cluster
                    .subresources()
                    .openConsole(
                        "ns", "myvmi", Duration.ofSeconds(10), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(400);
              assertThat(e).hasMessage("VMI is not running");
            });
    assertThat(server.requests)
        .allSatisfy(
            r ->
                assertThat(r.path())
                    .isEqualTo(
                        "/apis/subresources.kubevirt.io/v1/namespaces/ns"
                            + "/virtualmachineinstances/myvmi/console"))
        .anySatisfy(r -> assertThat(r.upgrade()).isTrue());
  }

  @Test
  void anUnreachableServerIsAConnectionFailure(@TempDir Path other) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    ConnectionOptions options = new ConnectionOptions();
    options.kubeconfig(
        RecordingServer.writeKubeconfig(other, "http://127.0.0.1:" + closedPort).toString());

    try (Cluster unreachable = new Fabric8ClusterConnector(Map.of()).connect(options)) {
      assertThatThrownBy(
              () -> unreachable.subresources().put("ns", "virtualmachines", "v", "start", null))
          .isInstanceOf(ConnectionFailedException.class)
          .hasMessageStartingWith(
              "Unable to connect to the server at http://127.0.0.1:" + closedPort + ": ")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void encodesPathSegments() {
    assertThat(Fabric8SubresourceClient.segment("my-vm.1_x~")).isEqualTo("my-vm.1_x~");
    assertThat(Fabric8SubresourceClient.segment("a/b c")).isEqualTo("a%2Fb%20c");
  }
}
