package io.jvirt.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * virt-api behind the real API server: webhooks refuse bad manifests naming the field, the
 * subresources start and stop VMs with upstream's status codes, RBAC decides who may, and users
 * cannot write a VMI's status.
 */
@ExtendWith(ClusterExtension.class)
class VirtApiIT {
  private static final Duration WAIT = Duration.ofMinutes(1);
  private static VirtApi api;

  @BeforeAll
  static void startVirtApi(KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    api = VirtApiHarness.start(client, cluster, ns.name(), CertificateValidity.defaults());
    // the API server picks the new APIService and webhooks up within seconds
    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .until(
            () ->
                cluster
                    .kubectl("get", "--raw", "/apis/subresources.kubevirt.io/v1/version")
                    .contains("gitVersion"));
    for (String user : new String[] {"viewer", "editor"}) {
      client
          .rbac()
          .roleBindings()
          .inNamespace(ns.name())
          .resource(
              new RoleBindingBuilder()
                  .withNewMetadata()
                  .withName(user)
                  .endMetadata()
                  .withNewRoleRef()
                  .withApiGroup("rbac.authorization.k8s.io")
                  .withKind("ClusterRole")
                  .withName("viewer".equals(user) ? "view" : "edit")
                  .endRoleRef()
                  .addNewSubject()
                  .withApiGroup("rbac.authorization.k8s.io")
                  .withKind("User")
                  .withName(user)
                  .endSubject()
                  .build())
          .create();
    }
  }

  @AfterAll
  static void stopVirtApi(KubernetesClient client, TestNamespace ns) {
    VirtApiHarness.stop(client, ns.name(), api);
  }

  static Stream<Arguments> invalidManifests() {
    String vm =
        """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata: {name: %s}
        spec:
          %s
          template:
            spec:
              domain:
                memory: {guest: 64Mi}
                devices:
                  disks: [%s]
              volumes: [{name: root, containerDisk: {image: quay.io/containerdisks/cirros}}]
        """;
    return Stream.of(
        Arguments.of(
            vm.formatted("both", "running: true\n  runStrategy: Always", "{name: root, disk: {}}"),
            "spec.running",
            "mutually exclusive"),
        Arguments.of(
            vm.formatted("neither", "", "{name: root, disk: {}}"),
            "spec.running",
            "RunStrategy must be specified"),
        Arguments.of(
            vm.formatted("nodisk", "runStrategy: Halted", "{name: data, disk: {}}"),
            "spec.template.spec.domain.devices.disks[0]",
            "not found"),
        Arguments.of(
            """
            apiVersion: kubevirt.io/v1
            kind: VirtualMachineInstance
            metadata: {name: gpu}
            spec:
              domain:
                memory: {guest: 64Mi}
                devices:
                  gpus: [{name: gpu1, deviceName: nvidia.com/GP102GL_Tesla_P40}]
            """,
            "spec.domain.devices.gpus",
            "not supported by jvirt"),
        Arguments.of(
            """
            apiVersion: kubevirt.io/v1
            kind: VirtualMachineInstance
            metadata: {name: nomemory}
            spec:
              domain:
                devices: {}
            """,
            "memory",
            "no memory requested"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("invalidManifests")
  void invalidManifestsAreRefusedNamingTheFieldAndTheRule(
      String yaml, String field, String rule, LocalCluster cluster, TestNamespace ns) {
    Commands.Result result =
        cluster.kubectlResult(
            "create", "-n", ns.name(), "-f", VirtApiHarness.file(yaml).toString());

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("is invalid").contains(field).contains(rule);
  }

  @Test
  void startAndStopChangeTheVmWithUpstreamStatusCodes(
      KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    client.resource(vm(ns, "lifecycle", RunStrategy.HALTED)).create();
    String base =
        "/apis/subresources.kubevirt.io/v1/namespaces/" + ns.name() + "/virtualmachines/lifecycle/";

    put(cluster, base + "start", "{}", true);
    assertThat(runStrategy(client, ns, "lifecycle")).isEqualTo(RunStrategy.ALWAYS);

    Commands.Result again = put(cluster, base + "start", "{}", false);
    assertThat(again.output()).contains("Always does not support manual start requests");

    put(cluster, base + "stop", "{}", true);
    assertThat(runStrategy(client, ns, "lifecycle")).isEqualTo(RunStrategy.HALTED);

    Commands.Result notRunning = put(cluster, base + "restart", "{}", false);
    assertThat(notRunning.output()).contains("does not support manual restart requests");
  }

  @Test
  void theKubeVirtCrIsNotDeletedWhileVmsExistUnderTheBlockingStrategy(
      KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    client.resource(vm(ns, "kept", RunStrategy.HALTED)).create();
    KubeVirt kv =
        io.jvirt.apiserver.http.Exchanges.JSON.unmarshal(
            """
            apiVersion: kubevirt.io/v1
            kind: KubeVirt
            metadata: {name: guard, namespace: %s}
            spec: {uninstallStrategy: BlockUninstallIfWorkloadsExist}
            """
                .formatted(ns.name()),
            KubeVirt.class);
    client.resource(kv).create();

    Commands.Result refused = cluster.kubectlResult("delete", "kubevirt", "guard", "-n", ns.name());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.output())
        .contains("spec.uninstallStrategy: BlockUninstallIfWorkloadsExist: there are still")
        .contains("VirtualMachines");
    cluster.kubectl(
        "patch",
        "kubevirt",
        "guard",
        "-n",
        ns.name(),
        "--type=merge",
        "-p",
        "{\"spec\":{\"uninstallStrategy\":\"RemoveWorkloads\"}}");
    assertThat(cluster.kubectlResult("delete", "kubevirt", "guard", "-n", ns.name()).exitCode())
        .isZero();
  }

  @Test
  void rbacDecidesWhoMayStartAVm(KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    client.resource(vm(ns, "guarded", RunStrategy.HALTED)).create();
    String start =
        "/apis/subresources.kubevirt.io/v1/namespaces/"
            + ns.name()
            + "/virtualmachines/guarded/start";

    Commands.Result asViewer =
        cluster.kubectlResult(
            "--as=viewer", "replace", "--raw", start, "-f", VirtApiHarness.file("{}").toString());
    assertThat(asViewer.exitCode()).isNotZero();
    assertThat(asViewer.output()).containsIgnoringCase("forbidden");
    assertThat(runStrategy(client, ns, "guarded")).isEqualTo(RunStrategy.HALTED);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        cluster
                            .kubectlResult(
                                "--as=editor",
                                "replace",
                                "--raw",
                                start,
                                "-f",
                                VirtApiHarness.file("{}").toString())
                            .exitCode())
                    .isZero());
    assertThat(runStrategy(client, ns, "guarded")).isEqualTo(RunStrategy.ALWAYS);
  }

  @Test
  void aUserCannotWriteTheStatusOfAVmi(LocalCluster cluster, TestNamespace ns) {
    cluster.kubectl(
        "create",
        "-n",
        ns.name(),
        "-f",
        VirtApiHarness.file(
                """
                apiVersion: kubevirt.io/v1
                kind: VirtualMachineInstance
                metadata: {name: honest}
                spec:
                  domain:
                    memory: {guest: 64Mi}
                    devices: {}
                """)
            .toString());

    Commands.Result faked =
        cluster.kubectlResult(
            "--as=editor",
            "patch",
            "vmi",
            "honest",
            "-n",
            ns.name(),
            "--type=merge",
            "-p",
            "{\"status\":{\"phase\":\"Running\"}}");

    assertThat(faked.exitCode()).isNotZero();
    assertThat(faked.output()).contains("status").contains("written only by KubeVirt components");
  }

  @Test
  void presetsAndDefaultsAreAppliedToNewVmisWithoutOverwritingTheUser(
      LocalCluster cluster, KubernetesClient client, TestNamespace ns) {
    Commands.Result preset =
        cluster.kubectlResult(
            "create",
            "-n",
            ns.name(),
            "-f",
            VirtApiHarness.file(
                    """
                    apiVersion: kubevirt.io/v1
                    kind: VirtualMachineInstancePreset
                    metadata: {name: two-cores}
                    spec:
                      selector: {matchLabels: {size: small}}
                      domain:
                        cpu: {cores: 2}
                        machine: {type: pc-q35-rhel9.2.0}
                        devices: {}
                    """)
                .toString());
    assertThat(preset.exitCode()).as(preset.output()).isZero();
    cluster.kubectl(
        "create",
        "-n",
        ns.name(),
        "-f",
        VirtApiHarness.file(
                """
                apiVersion: kubevirt.io/v1
                kind: VirtualMachineInstance
                metadata: {name: preset, labels: {size: small}}
                spec:
                  domain:
                    machine: {type: q35}
                    memory: {guest: 64Mi}
                    devices: {}
                  volumes: [{name: root, containerDisk: {image: quay.io/containerdisks/cirros}}]
                """)
            .toString());

    VirtualMachineInstance vmi =
        client
            .resources(VirtualMachineInstance.class)
            .inNamespace(ns.name())
            .withName("preset")
            .get();
    assertThat(vmi.getSpec().getDomain().getCpu().getCores()).isEqualTo(2);
    assertThat(vmi.getSpec().getDomain().getMachine().getType())
        .as("the user's value")
        .isEqualTo("q35");
    assertThat(vmi.getMetadata().getAnnotations())
        .containsEntry("virtualmachinepreset.kubevirt.io/two-cores", "kubevirt.io/v1");
    assertThat(vmi.getSpec().getDomain().getDevices().getDisks())
        .singleElement()
        .satisfies(d -> assertThat(d.getName()).isEqualTo("root"));
    assertThat(vmi.getSpec().getDomain().getFirmware().getUuid()).isNotBlank();
    assertThat(vmi.getMetadata().getFinalizers())
        .contains("kubevirt.io/foregroundDeleteVirtualMachine");
  }

  private static Commands.Result put(LocalCluster cluster, String path, String body, boolean ok) {
    Commands.Result result =
        cluster.kubectlResult("replace", "--raw", path, "-f", VirtApiHarness.file(body).toString());
    assertThat(result.exitCode()).as(result.output()).isEqualTo(ok ? 0 : 1);
    return result;
  }

  private static RunStrategy runStrategy(KubernetesClient client, TestNamespace ns, String name) {
    return client
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .withName(name)
        .get()
        .getSpec()
        .getRunStrategy();
  }

  private static VirtualMachine vm(TestNamespace ns, String name, RunStrategy strategy) {
    return io.jvirt.apiserver.http.Exchanges.JSON.unmarshal(
        """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata: {name: %s, namespace: %s}
        spec:
          runStrategy: %s
          template:
            spec:
              domain:
                memory: {guest: 64Mi}
                devices: {}
        """
            .formatted(name, ns.name(), io.jvirt.common.model.WireNames.of(strategy)),
        VirtualMachine.class);
  }
}
