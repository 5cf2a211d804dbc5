package io.jvirt.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.controller.runtime.ControllerOptions;
import io.jvirt.controller.runtime.VirtController;
import io.jvirt.crds.CrdInstaller;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code install} to three clusters at once: the local cluster (real node, jvirt's images), a
 * second control plane with its own etcd whose node is a kwok fake (its pods are reported running,
 * so its virt-controller runs in this test process and reports the KubeVirt CR from what the API
 * server says), and one that is unreachable. The summary shows two successes and one failure.
 */
class FleetIT {
  private static final String SECOND = "jvirt-fleet";
  private static final LocalCluster LOCAL = LocalCluster.get();
  private static Path secondKubeconfig;
  private static KubernetesClient second;
  private static VirtController secondController;

  @BeforeAll
  static void startTheSecondClusterAndItsController() {
    hack(Duration.ofMinutes(10), "up", "--fake-nodes", "1");
    secondKubeconfig = Path.of(hack(Duration.ofMinutes(1), "kubeconfig").strip());
    second = new KubernetesClientBuilder().withConfig(config(secondKubeconfig)).build();
    // the controller's informers need the CRDs before it starts; install applies them again
    CrdInstaller.install(second, "fleet-it");
    secondController =
        new VirtController(
            second,
            ControllerOptions.fromEnvironment(
                Map.of(
                    "JVIRT_HEALTH_PORT", "0",
                    "JVIRT_NAMESPACE", "kubevirt",
                    // alone on its cluster: no Lease to wait for before the namespace exists
                    "JVIRT_LEADER_ELECTION", "false",
                    "JVIRT_LAUNCHER_IMAGE", "localhost/jvirt/virt-launcher:0.1.0")),
            Clock.systemUTC());
    LocalImages.ensureLoaded(LOCAL);
  }

  @AfterAll
  static void uninstallAndStopTheSecondCluster() throws IOException {
    try {
      Path dir = Files.createTempDirectory("fleet-down");
      Map<String, Path> kubeconfigs = new LinkedHashMap<>();
      kubeconfigs.put("local", LOCAL.kubeconfig());
      CliRun.of("uninstall", "--clusters", Kubeconfigs.clustersFile(dir, kubeconfigs).toString());
    } finally {
      if (secondController != null) {
        secondController.close();
      }
      if (second != null) {
        second.close();
      }
      hack(Duration.ofMinutes(2), "down");
    }
  }

  @Test
  void twoClustersSucceedInParallelAndTheUnreachableOneFailsInOneLine() throws IOException {
    Path dir = Files.createTempDirectory("fleet");
    Map<String, Path> kubeconfigs = new LinkedHashMap<>();
    kubeconfigs.put("local", LOCAL.kubeconfig());
    kubeconfigs.put(SECOND, secondKubeconfig);
    kubeconfigs.put("gone", Kubeconfigs.unreachable(dir));

    long started = System.nanoTime();
    CliRun install =
        CliRun.of(
            "install",
            "--emulation",
            "--clusters",
            Kubeconfigs.clustersFile(dir, kubeconfigs).toString());
    System.out.printf(
        "[figures] fleet install (3 clusters) in %.1f s%n", (System.nanoTime() - started) / 1e9);

    assertThat(install.code()).isEqualTo(1);
    assertThat(install.out())
        .containsPattern("local +ok +v1\\.\\d+\\.\\d+ .*KubeVirt Available")
        .containsPattern(SECOND + " +ok +v1\\.\\d+\\.\\d+ .*KubeVirt Available")
        .containsPattern("gone +FAILED +\\? .*unreachable: https://127\\.0\\.0\\.1:1/")
        .contains("2 of 3 clusters succeeded, 1 failed");
    assertThat(second.apps().daemonSets().inNamespace("kubevirt").withName("virt-handler").get())
        .isNotNull();
  }

  private static Config config(Path kubeconfig) {
    try {
      return Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String hack(Duration timeout, String... args) {
    List<String> command =
        new java.util.ArrayList<>(List.of("env", "JVIRT_CLUSTER=" + SECOND, "hack/cluster"));
    command.addAll(List.of(args));
    return Commands.run(LOCAL.root(), timeout, command).orThrow(command);
  }
}
