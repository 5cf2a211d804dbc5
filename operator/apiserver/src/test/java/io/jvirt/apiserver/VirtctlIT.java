package io.jvirt.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged virtctl, run as users run it from a checkout ({@code hack/virtctl}), against
 * virt-api on the local cluster: what it prints, its exit codes, and what it changes.
 */
@ExtendWith(ClusterExtension.class)
class VirtctlIT {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
  private static VirtApi api;

  @BeforeAll
  static void startVirtApi(KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    api = VirtApiHarness.start(client, cluster, ns.name(), CertificateValidity.defaults());
    await()
        .atMost(Duration.ofMinutes(1))
        .ignoreExceptions()
        .until(() -> virtctl("version").output().contains("Server Version"));
  }

  @AfterAll
  static void stopVirtApi(KubernetesClient client) {
    VirtApiHarness.unregister(client);
    if (api != null) {
      api.close();
    }
  }

  @Test
  void startStopAndRestartWithUpstreamMessagesAndExitCodes(
      KubernetesClient client, TestNamespace ns) {
    client.resource(vm(ns, "cli")).create();

    Commands.Result start = virtctl("start", "cli", "-n", ns.name());
    assertThat(start.exitCode()).isZero();
    assertThat(start.output().strip()).isEqualTo("VM cli was scheduled to start");
    assertThat(runStrategy(client, ns)).isEqualTo(RunStrategy.ALWAYS);

    Commands.Result again = virtctl("start", "cli", "-n", ns.name());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.output().strip().lines())
        .singleElement()
        .asString()
        .contains("Always does not support manual start requests");

    Commands.Result stop = virtctl("stop", "cli", "-n", ns.name());
    assertThat(stop.exitCode()).isZero();
    assertThat(stop.output().strip()).isEqualTo("VM cli was scheduled to stop");
    assertThat(runStrategy(client, ns)).isEqualTo(RunStrategy.HALTED);

    Commands.Result restart = virtctl("restart", "cli", "-n", ns.name());
    assertThat(restart.exitCode()).isEqualTo(1);
    assertThat(restart.output()).contains("does not support manual restart requests");

    Commands.Result missing = virtctl("start", "nosuchvm", "-n", ns.name());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.output()).contains("not found");
  }

  @Test
  void exposeCreatesAServiceSelectingTheVmi(KubernetesClient client, TestNamespace ns) {
    client.resource(vm(ns, "web")).create();

    Commands.Result expose =
        virtctl("expose", "vm", "web", "--name", "web-ssh", "--port", "22", "-n", ns.name());

    assertThat(expose.exitCode()).as(expose.output()).isZero();
    Service service = client.services().inNamespace(ns.name()).withName("web-ssh").get();
    assertThat(service.getSpec().getSelector()).containsEntry("vmi.kubevirt.io/id", "web");
    assertThat(service.getSpec().getPorts().get(0).getPort()).isEqualTo(22);
  }

  private static Commands.Result virtctl(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("hack/virtctl").toString());
    command.addAll(List.of(args));
    return Commands.run(ROOT, Duration.ofMinutes(2), command);
  }

  private static RunStrategy runStrategy(KubernetesClient client, TestNamespace ns) {
    return client
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .withName("cli")
        .get()
        .getSpec()
        .getRunStrategy();
  }

  private static VirtualMachine vm(TestNamespace ns, String name) {
    return Exchanges.JSON.unmarshal(
        """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata: {name: %s, namespace: %s}
        spec:
          runStrategy: Halted
          template:
            spec:
              domain:
                memory: {guest: 64Mi}
                devices: {}
        """
            .formatted(name, ns.name()),
        VirtualMachine.class);
  }
}
