package io.jvirt.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.installer.cli.Installer;
import io.jvirt.installer.images.BuiltImage;
import io.jvirt.installer.images.ComponentImages;
import io.jvirt.installer.install.decide.Readiness;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.testing.Corpus;
import io.jvirt.testing.LocalCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The installer against the real local cluster, with the images built here and loaded into its
 * node: install until Available, install again (nothing changes), refuse to uninstall while a VM
 * exists, uninstall leaving nothing behind, and a fleet with one unreachable cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallIT {
  private static final LocalCluster CLUSTER = LocalCluster.get();
  private static final Path LIBS = Path.of("..", "operator", "dist", "target", "libs");

  @Test
  @Order(1)
  void installRunsTheComponentsAsPodsUntilTheKubeVirtCrIsAvailable() {
    long started = System.nanoTime();
    List<BuiltImage> images =
        ComponentImages.build(
            LIBS,
            Path.of("target", "images"),
            Path.of(System.getProperty("user.home"), ".cache", "jvirt", "jre"),
            InstallSettings.defaults());
    for (BuiltImage image : images) {
      CLUSTER.load(image.tar());
      System.out.printf(
          "[figures] image %s %.1f MiB%n", image.reference(), image.bytes() / 1048576.0);
    }
    System.out.printf("[figures] images built and loaded in %.1f s%n", seconds(started));

    started = System.nanoTime();
    Run install = installer("install", "--emulation");
    System.out.printf("[figures] install to Available in %.1f s%n", seconds(started));

    assertThat(install.code()).as(install.out()).isZero();
    assertThat(install.out()).contains("KubeVirt Available").contains("1 of 1 clusters succeeded");
    KubernetesClient client = CLUSTER.client();
    assertThat(
            Readiness.available(
                client
                    .resources(KubeVirt.class)
                    .inNamespace("kubevirt")
                    .withName("kubevirt")
                    .get()))
        .isTrue();
    assertThat(
            client
                .apps()
                .deployments()
                .inNamespace("kubevirt")
                .withName("virt-api")
                .get()
                .getStatus()
                .getReadyReplicas())
        .isEqualTo(2);
    assertThat(
            client
                .apps()
                .daemonSets()
                .inNamespace("kubevirt")
                .withName("virt-handler")
                .get()
                .getStatus()
                .getNumberReady())
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void aSecondInstallChangesNothing() {
    Run again = installer("install", "--emulation");

    assertThat(again.code()).as(again.out()).isZero();
    assertThat(again.out()).contains("0 created, 0 updated, 36 unchanged");
  }

  @Test
  @Order(3)
  void statusShowsVersionsReadinessAndVmCounts() {
    Run status = installer("status");

    assertThat(status.code()).as(status.out()).isZero();
    assertThat(status.out())
        .contains("jvirt 0.1.0, Available")
        .contains("virt-api 2/2")
        .contains("virt-handler 1/1")
        .contains("0 VMs, 0 VMIs");
  }

  @Test
  @Order(4)
  void uninstallRefusesWhileAVmExistsAndThenLeavesNothingBehind() {
    KubernetesClient client = CLUSTER.client();
    String namespace = "install-it-vms";
    client
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .serverSideApply();
    String yaml =
        Corpus.all().stream()
            .filter(m -> m.file().equals("01-vm-cirros-canonical.yaml"))
            .findFirst()
            .orElseThrow()
            .yaml();
    VirtualMachine vm = client.getKubernetesSerialization().unmarshal(yaml, VirtualMachine.class);
    client.resource(vm).inNamespace(namespace).create();

    Run refused = installer("uninstall");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.out())
        .contains("refused: 1 VM workloads exist (VirtualMachine " + namespace + "/vm-cirros)");
    assertThat(client.resources(VirtualMachine.class).inNamespace(namespace).list().getItems())
        .hasSize(1);

    client.resource(vm).inNamespace(namespace).delete();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                client
                    .resources(VirtualMachine.class)
                    .inNamespace(namespace)
                    .list()
                    .getItems()
                    .isEmpty());
    Run uninstall = installer("uninstall");

    assertThat(uninstall.code()).as(uninstall.out()).isZero();
    assertThat(client.namespaces().withName("kubevirt").get()).isNull();
    assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
        .noneMatch(crd -> crd.getSpec().getGroup().endsWith("kubevirt.io"));
    assertThat(client.rbac().clusterRoles().list().getItems())
        .noneMatch(role -> role.getMetadata().getName().startsWith("kubevirt"));
    assertThat(
            client.admissionRegistration().v1().mutatingWebhookConfigurations().list().getItems())
        .noneMatch(w -> w.getMetadata().getName().startsWith("virt-api"));
    assertThat(client.nodes().list().getItems())
        .noneMatch(n -> n.getMetadata().getLabels().containsKey("kubevirt.io/schedulable"));
    client.namespaces().withName(namespace).delete();
  }

  @Test
  @Order(5)
  void aFleetWithAnUnreachableClusterReportsEachClusterInOneLine() throws IOException {
    Path dir = Files.createTempDirectory("fleet");
    Path gone = dir.resolve("gone.kubeconfig");
    Files.writeString(
        gone,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: gone
          cluster: {server: "https://127.0.0.1:1"}
        users:
        - name: u
          user: {token: x}
        contexts:
        - name: gone
          context: {cluster: gone, user: u}
        current-context: gone
        """);
    Path clusters = dir.resolve("clusters.yaml");
    Files.writeString(
        clusters,
        "clusters:\n- name: local\n  kubeconfig: "
            + CLUSTER.kubeconfig().toAbsolutePath()
            + "\n- name: gone\n  kubeconfig: gone.kubeconfig\n");

    Run status = run("status", "--clusters", clusters.toString());

    assertThat(status.code()).isEqualTo(1);
    assertThat(status.out())
        .containsPattern("local +FAILED +v1\\.\\d+\\.\\d+ .*jvirt is not installed")
        .containsPattern("gone +FAILED +\\? .*unreachable: https://127\\.0\\.0\\.1:1/")
        .contains("0 of 2 clusters succeeded, 2 failed");
  }

  private static Run installer(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--kubeconfig";
    all[args.length + 1] = CLUSTER.kubeconfig().toString();
    return run(all);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    int code = Installer.run(args, new PrintWriter(out), new PrintWriter(out));
    System.out.print(out);
    return new Run(code, out.toString());
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /** An installer invocation: its exit code and everything it printed. */
  private record Run(int code, String out) {}
}
