package io.jvirt.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.contract.Components;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.tls.HandlerSecret;
import io.jvirt.daemon.tls.MutualTls;
import io.jvirt.daemon.tls.PeerIdentity;
import io.jvirt.daemon.tls.TlsMaterial;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.Pods;
import io.jvirt.testing.TestNamespace;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code virtctl pause} and {@code soft-reboot} through the API server and virt-api to the VMI's
 * node: the test process plays that node's virt-handler, with the certificate virt-api wrote into
 * {@link HandlerApi#SERVER_SECRET}, behind a host-network pod labelled {@code
 * kubevirt.io=virt-handler} on the real node (so the pod's IP is this machine's). virt-api's client
 * certificate gets in, the handler's 409 comes back word for word, and a handler that is gone is a
 * 503 naming the node.
 */
@ExtendWith(ClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandlerProxyIT {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
  private static final Duration WAIT = Duration.ofMinutes(2);

  private static final List<String> calls = new CopyOnWriteArrayList<>();
  private static final Map<String, String> conflicts = new ConcurrentHashMap<>();
  private static final AtomicReference<TlsMaterial> handlerTls = new AtomicReference<>();
  private static HttpsServer handler;
  private static VirtApi api;
  private static String node;

  @BeforeAll
  static void start(KubernetesClient client, LocalCluster cluster, TestNamespace ns)
      throws IOException {
    handler = HttpsServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
    var context =
        MutualTls.context(
            handlerTls::get, PeerIdentity.client(HandlerApi.CLIENT_COMMON_NAME), Clock.systemUTC());
    handler.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters parameters) {
            SSLParameters ssl = context.getDefaultSSLParameters();
            ssl.setNeedClientAuth(true);
            parameters.setSSLParameters(ssl);
          }
        });
    handler.createContext("/", HandlerProxyIT::answer);
    handler.start();
    api =
        VirtApiHarness.start(
            client,
            cluster,
            ns.name(),
            CertificateValidity.defaults(),
            handler.getAddress().getPort());
    Secret secret =
        await()
            .atMost(WAIT)
            .until(
                () ->
                    client
                        .secrets()
                        .inNamespace(ns.name())
                        .withName(HandlerApi.SERVER_SECRET)
                        .get(),
                s -> s != null);
    handlerTls.set(HandlerSecret.read(secret.getData()).orElseThrow());
    node = realNode(client);
    client.pods().inNamespace(ns.name()).resource(handlerPod(node)).create();
    await()
        .atMost(WAIT)
        .until(
            () -> client.pods().inNamespace(ns.name()).withName("virt-handler-fake").get(),
            p -> p.getStatus() != null && p.getStatus().getPodIP() != null);
    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .until(
            () ->
                cluster
                    .kubectl("get", "--raw", "/apis/subresources.kubevirt.io/v1/version")
                    .contains("gitVersion"));
  }

  @AfterAll
  static void stop(KubernetesClient client, TestNamespace ns) {
    VirtApiHarness.stop(client, ns.name(), api);
    if (handler != null) {
      handler.stop(0);
    }
  }

  @Test
  @Order(1)
  void pauseAndSoftRebootReachTheNodesHandlerOverMutualTls(
      KubernetesClient client, TestNamespace ns) {
    runningVmi(client, ns, "guest");
    conflicts.put(
        "softreboot", "VMI neither have the agent connected nor the ACPI feature enabled");

    Commands.Result pause = virtctl("pause", "vmi", "guest", "-n", ns.name());
    assertThat(pause.exitCode()).as(pause.output()).isZero();
    assertThat(pause.output()).contains("VMI guest was scheduled to pause");
    assertThat(calls)
        .containsExactly(
            "PUT /v1/namespaces/"
                + ns.name()
                + "/virtualmachineinstances/guest/pause by "
                + HandlerApi.CLIENT_COMMON_NAME);

    Commands.Result reboot = virtctl("soft-reboot", "guest", "-n", ns.name());
    assertThat(reboot.exitCode()).isEqualTo(1);
    assertThat(reboot.output())
        .contains("VMI neither have the agent connected nor the ACPI feature enabled");
    assertThat(calls).hasSize(2);
  }

  @Test
  @Order(2)
  void aHandlerThatIsGoneIsA503NamingTheNode(
      KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    runningVmi(client, ns, "orphan");
    onNode(client, runningVmi(client, ns, "elsewhere"), "no-such-node");
    String base =
        "/apis/subresources.kubevirt.io/v1/namespaces/" + ns.name() + "/virtualmachineinstances/";

    Commands.Result noHandler =
        cluster.kubectlResult(
            "replace",
            "--raw",
            base + "elsewhere/pause",
            "-f",
            VirtApiHarness.file("{}").toString());
    assertThat(noHandler.exitCode()).isNotZero();
    assertThat(noHandler.output()).contains("no virt-handler runs on node no-such-node");

    handler.stop(0);
    Commands.Result unreachable =
        cluster.kubectlResult(
            "replace", "--raw", base + "orphan/pause", "-f", VirtApiHarness.file("{}").toString());
    assertThat(unreachable.exitCode()).isNotZero();
    assertThat(unreachable.output())
        .contains("ServiceUnavailable")
        .contains("virt-handler on node " + node + " is unreachable");
  }

  /** The fake handler: records the call and its client, answers 202 or the conflict set. */
  private static void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String client;
    try {
      X509Certificate peer =
          (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
      client = peer.getSubjectX500Principal().getName().replaceFirst("^CN=", "");
    } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
      client = "nobody";
    }
    String path = exchange.getRequestURI().getPath();
    calls.add(exchange.getRequestMethod() + " " + path + " by " + client);
    String subresource = path.substring(path.lastIndexOf('/') + 1);
    String conflict = conflicts.get(subresource);
    byte[] body = (conflict == null ? "" : conflict).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(conflict == null ? 202 : 409, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  /** A VMI virt-api lets through (created through its webhooks), Running on the real node. */
  private static VirtualMachineInstance runningVmi(
      KubernetesClient client, TestNamespace ns, String name) {
    VirtualMachineInstance vmi =
        Exchanges.JSON.unmarshal(
            """
            apiVersion: kubevirt.io/v1
            kind: VirtualMachineInstance
            metadata: {name: %s, namespace: %s}
            spec:
              domain:
                memory: {guest: 64Mi}
                devices: {}
            """
                .formatted(name, ns.name()),
            VirtualMachineInstance.class);
    VirtualMachineInstance created = client.resource(vmi).create();
    return onNode(client, created, node);
  }

  /** {@code vmi} Running on {@code nodeName}, as virt-handler would report it. */
  private static VirtualMachineInstance onNode(
      KubernetesClient client, VirtualMachineInstance vmi, String nodeName) {
    return client
        .resource(vmi)
        .edit(
            v -> {
              VirtualMachineInstanceStatus status =
                  v.getStatus() == null ? new VirtualMachineInstanceStatus() : v.getStatus();
              status.setPhase(VirtualMachineInstancePhase.RUNNING);
              status.setNodeName(nodeName);
              v.setStatus(status);
              return v;
            });
  }

  private static Pod handlerPod(String node) {
    Pod pod = Pods.busybox("virt-handler-fake", "sleep 3600");
    return new PodBuilder(pod)
        .editMetadata()
        .addToLabels(Components.LABEL, Components.HANDLER)
        .endMetadata()
        .editSpec()
        .withNodeName(node)
        .withHostNetwork(true)
        .endSpec()
        .build();
  }

  /** The node whose kubelet runs pods for real (not a kwok fake). */
  private static String realNode(KubernetesClient client) {
    return client.nodes().list().getItems().stream()
        .filter(n -> !"kwok".equals(n.getMetadata().getLabels().get("type")))
        .map(Node::getMetadata)
        .map(m -> m.getName())
        .findFirst()
        .orElseThrow();
  }

  private static Commands.Result virtctl(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("hack/virtctl").toString());
    command.addAll(List.of(args));
    return Commands.run(ROOT, Duration.ofMinutes(2), command);
  }
}
