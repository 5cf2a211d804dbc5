package io.jvirt.virtctl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jvirt.virtctl.client.Fabric8ClusterConnector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs whole invocations with the real kubeconfig loading and fabric8 client, no cluster. */
class EndToEndTest {
  private static final String CONFLICT =
      "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
          + "\"message\":\"VM is already running\",\"reason\":\"Conflict\",\"code\":409}";

  @TempDir Path dir;

  @Test
  void aConflictIsOneLineAndExitCodeOne() throws IOException {
    List<String> paths = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          byte[] body = CONFLICT.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(409, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      String[] result =
          run(
              "--kubeconfig",
              kubeconfig("http://127.0.0.1:" + server.getAddress().getPort()),
              "start",
              "myvm");

      assertThat(result[0]).isEqualTo("1");
      assertThat(result[1]).isEmpty();
      assertThat(result[2]).isEqualTo("Error starting VirtualMachine: VM is already running\n");
      assertThat(paths)
          .containsExactly(
              "PUT /apis/subresources.kubevirt.io/v1/namespaces/team-a/virtualmachines/myvm/start");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUnreachableClusterIsOneLineAndExitCodeOne() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    String[] result = run("stop", "myvm", "--kubeconfig", kubeconfig("http://127.0.0.1:" + port));

    assertThat(result[0]).isEqualTo("1");
    assertThat(result[2])
        .isEqualTo(
            "Error stopping VirtualMachine: Unable to connect to the server at http://127.0.0.1:"
                + port
                + ": connection refused\n");
  }

  @Test
  void aMissingKubeconfigIsOneLineAndExitCodeOne() {
    String[] result = run("--kubeconfig", dir.resolve("absent").toString(), "start", "myvm");

    assertThat(result[0]).isEqualTo("1");
    assertThat(result[2])
        .isEqualTo("kubeconfig file " + dir.resolve("absent") + " does not exist\n");
  }

  private String kubeconfig(String server) throws IOException {
    Path file = dir.resolve("config");
    Files.writeString(
        file,
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: c",
            "clusters: [{name: k, cluster: {server: '" + server + "'}}]",
            "contexts: [{name: c, context: {cluster: k, user: u, namespace: team-a}}]",
            "users: [{name: u, user: {token: t}}]",
            ""));
    return file.toString();
  }

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Virtctl.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Fabric8ClusterConnector(Map.of()));
    return new String[] {
      String.valueOf(code),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }
}
