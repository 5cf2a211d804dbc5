package io.jvirt.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.installer.install.decide.Readiness;
import io.jvirt.testing.Corpus;
import io.jvirt.testing.LocalCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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

  @Test
  @Order(1)
  void installRunsTheComponentsAsPodsUntilTheKubeVirtCrIsAvailable() {
    LocalImages.ensureLoaded(CLUSTER);
    long started = System.nanoTime();
    CliRun install = installer("install", "--emulation");
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
    CliRun again = installer("install", "--emulation");

    assertThat(again.code()).as(again.out()).isZero();
    // every object the install applied (its "applying UNIT (N objects)" lines) is unchanged
    int applied =
        java.util.regex.Pattern.compile("applying \\S+ \\((\\d+) objects\\)")
            .matcher(again.out())
            .results()
            .mapToInt(m -> Integer.parseInt(m.group(1)))
            .sum();
    assertThat(applied).isGreaterThan(30);
    assertThat(again.out()).contains("0 created, 0 updated, " + applied + " unchanged");
  }

  @Test
  @Order(3)
  void statusShowsVersionsReadinessAndVmCounts() {
    CliRun status = installer("status");

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

    // the in-cluster virt-api guards the CR too (uninstallStrategy BlockUninstallIfWorkloadsExist)
    var direct = CLUSTER.kubectlResult("delete", "kubevirt", "kubevirt", "-n", "kubevirt");
    assertThat(direct.exitCode()).as(direct.output()).isEqualTo(1);
    assertThat(direct.output())
        .contains("BlockUninstallIfWorkloadsExist: there are still 1 VirtualMachines");

    CliRun refused = installer("uninstall");
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
    CliRun uninstall = installer("uninstall");

    assertThat(uninstall.code()).as(uninstall.out()).isZero();
    assertThat(client.namespaces().withName("kubevirt").get()).isNull();
    // profile basic owns the kubevirt.io CRDs (CDI's belong to basic+cdi and other tests)
    assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
        .filteredOn(crd -> crd.getSpec().getGroup().equals("kubevirt.io"))
        .extracting(crd -> crd.getMetadata().getName())
        .isEmpty();
    assertThat(client.rbac().clusterRoles().list().getItems())
        .extracting(role -> role.getMetadata().getName())
        .noneMatch(name -> name.startsWith("kubevirt"));
    assertThat(
            client.admissionRegistration().v1().mutatingWebhookConfigurations().list().getItems())
        .extracting(w -> w.getMetadata().getName())
        .noneMatch(name -> name.startsWith("virt-api"));
    assertThat(client.nodes().list().getItems())
        .extracting(n -> n.getMetadata().getLabels().keySet())
        .noneMatch(labels -> labels.contains("kubevirt.io/schedulable"));
    client.namespaces().withName(namespace).delete();
  }

  @Test
  @Order(5)
  void aFleetWithAnUnreachableClusterReportsEachClusterInOneLine() throws IOException {
    Path dir = Files.createTempDirectory("fleet");
    Map<String, Path> kubeconfigs = new LinkedHashMap<>();
    kubeconfigs.put("local", CLUSTER.kubeconfig());
    kubeconfigs.put("gone", Kubeconfigs.unreachable(dir));
    Path clusters = Kubeconfigs.clustersFile(dir, kubeconfigs);

    CliRun status = CliRun.of("status", "--clusters", clusters.toString());

    assertThat(status.code()).isEqualTo(1);
    assertThat(status.out())
        .containsPattern("local +FAILED +v1\\.\\d+\\.\\d+ .*jvirt is not installed")
        .containsPattern("gone +FAILED +\\? .*unreachable: https://127\\.0\\.0\\.1:1/")
        .contains("0 of 2 clusters succeeded, 2 failed");
  }

  private static CliRun installer(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--kubeconfig";
    all[args.length + 1] = CLUSTER.kubeconfig().toString();
    return CliRun.of(all);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
