package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.InterfaceMasquerade;
import io.jvirt.api.v1.domain.Port;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.network.PodNetwork;
import io.jvirt.testing.Commands;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code virtctl port-forward} to a real guest serving HTTP (busybox httpd): local ports with
 * several connections at once, {@code --stdio}, and upstream's refusals of a closed port and a
 * paused VMI; {@code virtctl expose} giving a Service another pod reaches the guest through,
 * another VM reaching it by pod IP, and masquerade's {@code ports} letting only the listed ports
 * in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortForwardE2E {
  private static final String PAGE = "jvirt-port-forward-page";
  private static final String WEB_SERVER =
      "#!/bin/sh\nmkdir -p /www\necho "
          + PAGE
          + " > /www/index.html\nhttpd -p 80 -h /www\nhttpd -p 8081 -h /www\n"
          + "echo 'jvirt-e2e: httpd up'\n";
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void bootWebServer() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("portforward");
    Guests.create(
        jvirt, namespace, Guests.cirros(jvirt.client(), "web", RunStrategy.ALWAYS, WEB_SERVER));
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "web", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: httpd up");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  @Order(1)
  void aLocalPortCarriesSeveralHttpConnectionsAtOnce() throws Exception {
    int local = freePort();
    try (VirtctlSession forward =
        jvirt.virtctlSession("port-forward", "vm/web/" + namespace, local + ":80")) {
      forward.awaitOutput(
          "forwarding tcp 127.0.0.1:" + local + " to 80", 0, Duration.ofSeconds(30));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest get =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + local + "/index.html"))
              .timeout(Duration.ofSeconds(30))
              .build();
      List<CompletableFuture<HttpResponse<String>>> answers =
          IntStream.range(0, 6)
              .mapToObj(i -> http.sendAsync(get, HttpResponse.BodyHandlers.ofString()))
              .toList();
      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).isEqualTo(PAGE);
      }
      assertThat(forward.alive()).as(forward.output()).isTrue();
    }
  }

  @Test
  @Order(2)
  void stdioCarriesOneConnection() {
    try (VirtctlSession forward =
        jvirt.virtctlSession("port-forward", "--stdio=true", "vmi/web/" + namespace, "80")) {
      forward.type("GET /index.html HTTP/1.0\r\n\r\n");
      forward.awaitOutput(PAGE, 0, Duration.ofSeconds(30));
      assertThat(forward.output()).startsWith("HTTP/1.");
      // httpd closes after answering HTTP/1.0: the stream ends and virtctl with it
      assertThat(forward.awaitExit(Duration.ofSeconds(30))).as(forward.output()).isZero();
    }
  }

  @Test
  @Order(3)
  void aClosedPortIsRefusedInOneLine() {
    Commands.Result refused =
        jvirt.virtctl("port-forward", "--stdio=true", "vm/web/" + namespace, "81");
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output().strip())
        .matches(
            "Can't connect to websocket \\(500\\): Internal error occurred: dialing VM: dial tcp"
                + " [0-9.]+:81: Connection refused");
  }

  @Test
  @Order(4)
  void aPausedVmiIsRefusedAsUpstreamDoes() {
    assertThat(jvirt.virtctl("pause", "vm", "web", "-n", namespace).exitCode()).isZero();
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> Guests.condition(jvirt.vmi(namespace, "web"), "Paused", "True").isPresent());
    Commands.Result refused =
        jvirt.virtctl("port-forward", "--stdio=true", "vm/web/" + namespace, "80");
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output().strip())
        .isEqualTo(
            "Can't connect to websocket (409): Operation cannot be fulfilled on"
                + " virtualmachineinstance.kubevirt.io \"web\": VMI is paused");
    assertThat(jvirt.virtctl("unpause", "vm", "web", "-n", namespace).exitCode()).isZero();
  }

  @Test
  @Order(5)
  void badArgumentsAreNamed() {
    Commands.Result noType = jvirt.virtctl("port-forward", "web", "80");
    assertThat(noType.exitCode()).isNotZero();
    assertThat(noType.output().strip())
        .isEqualTo("target must contain type and name separated by '/'");
    Commands.Result twoStdio =
        jvirt.virtctl("port-forward", "--stdio=true", "vm/web/" + namespace, "80", "81");
    assertThat(twoStdio.output().strip())
        .isEqualTo("only one port supported when forwarding to stdout");
  }

  @Test
  @Order(6)
  void exposeMakesAServiceThatAnotherPodReachesTheGuestThrough() {
    Commands.Result expose =
        jvirt.virtctl(
            "expose",
            "vm",
            "web",
            "-n",
            namespace,
            "--name",
            "web-http",
            "--port",
            "8080",
            "--target-port",
            "80");
    assertThat(expose.exitCode()).as(expose.output()).isZero();
    Commands.Result client =
        jvirt.kubectl(
            "run",
            "client",
            "-n",
            namespace,
            "--image=localhost/jvirt/busybox:1",
            "--restart=Never",
            "--command",
            "--",
            "sleep",
            "600");
    assertThat(client.exitCode()).as(client.output()).isZero();
    assertThat(
            jvirt
                .kubectl(
                    "wait",
                    "-n",
                    namespace,
                    "pod/client",
                    "--for=condition=Ready",
                    "--timeout=120s")
                .exitCode())
        .isZero();
    String clusterIp =
        jvirt
            .client()
            .services()
            .inNamespace(namespace)
            .withName("web-http")
            .get()
            .getSpec()
            .getClusterIP();
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () ->
                jvirt
                    .kubectl(
                        "exec",
                        "-n",
                        namespace,
                        "client",
                        "--",
                        // busybox 1.35's wget -T crashes: bound it with timeout instead
                        "timeout",
                        "10",
                        "wget",
                        "-q",
                        "-O",
                        "-",
                        "http://" + clusterIp + ":8080/index.html")
                    .output()
                    .contains(PAGE));
  }

  @Test
  @Order(7)
  void anotherVmReachesTheGuestByItsPodIp() {
    String webIp = jvirt.vmi(namespace, "web").getStatus().getInterfaces().get(0).getIpAddress();
    String fetch =
        "#!/bin/sh\nfor i in $(seq 1 60); do\n  if page=$(timeout 10 wget -q -O - http://"
            + webIp
            + "/index.html); then echo \"jvirt-e2e: peer got $page\"; break; fi\n  sleep 2\n"
            + "done\n";
    Guests.create(
        jvirt, namespace, Guests.cirros(jvirt.client(), "peer", RunStrategy.ALWAYS, fetch));
    VirtualMachineInstance peer = Guests.awaitRunning(jvirt, namespace, "peer", null);
    Guests.awaitConsole(jvirt, namespace, peer, "jvirt-e2e: peer got " + PAGE);
  }

  @Test
  @Order(8)
  void masqueradeWithPortsLetsOnlyTheListedPortsIn() {
    VirtualMachine filtered =
        Guests.cirros(jvirt.client(), "filtered", RunStrategy.ALWAYS, WEB_SERVER);
    var spec = filtered.getSpec().getTemplate().getSpec();
    spec.getDomain()
        .getDevices()
        .setInterfaces(
            List.of(
                new Interface()
                    .setName("default")
                    .setMasquerade(new InterfaceMasquerade())
                    .setPorts(List.of(new Port().setName("http").setPort(80)))));
    spec.setNetworks(List.of(new Network().setName("default").setPod(new PodNetwork())));
    Guests.create(jvirt, namespace, filtered);
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "filtered", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: httpd up");
    String filteredIp =
        jvirt.vmi(namespace, "filtered").getStatus().getInterfaces().get(0).getIpAddress();
    String webIp = jvirt.vmi(namespace, "web").getStatus().getInterfaces().get(0).getIpAddress();

    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(2))
        .alias("the listed port 80 reached from the client pod")
        .until(() -> fromClient("http://" + filteredIp + "/index.html").contains(PAGE));
    // the guest serves 8081 too, but only the listed ports are forwarded into it
    assertThat(fromClient("http://" + filteredIp + ":8081/index.html")).doesNotContain(PAGE);
    // the same guest setup without a ports list is reached on 8081
    assertThat(fromClient("http://" + webIp + ":8081/index.html")).contains(PAGE);
  }

  /** What a wget from the client pod (made by the expose test) prints, errors included. */
  private static String fromClient(String url) {
    return jvirt
        .kubectl(
            "exec",
            "-n",
            namespace,
            "client",
            "--",
            // busybox 1.35's wget -T crashes: bound it with timeout instead
            "timeout",
            "10",
            "wget",
            "-q",
            "-O",
            "-",
            url)
        .output();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
