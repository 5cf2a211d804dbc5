package io.jvirt.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.controller.runtime.VirtController;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The VMI ReplicaSet controller on the real local cluster: {@code kubectl scale} through the scale
 * subresource, readiness counted from handler-played VMIs, and adoption of matching orphans.
 */
@ExtendWith(ClusterExtension.class)
class VirtualMachineInstanceReplicaSetIT {
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static VirtController controller;

  @BeforeAll
  static void startController(KubernetesClient client) {
    controller = ControllerHarness.start(client);
  }

  /** Replica sets and their VMIs go before the controller, so no finalizer is left behind. */
  @AfterAll
  static void stopController(KubernetesClient client, TestNamespace ns) {
    ControllerHarness.drain(client, ns.name());
    if (controller != null) {
      controller.close();
    }
  }

  @Test
  void kubectlScaleGoesFromZeroToThreeToOne(
      LocalCluster cluster, KubernetesClient client, TestNamespace ns) {
    client.resource(replicaSet(ns, "web", 0)).create();
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(status(client, ns, "web").getLabelSelector()).isNotNull());
    assertThat(status(client, ns, "web").getLabelSelector()).isEqualTo("app=web");

    cluster.kubectl("scale", "vmirs", "web", "--replicas=3", "-n", ns.name());
    await().atMost(WAIT).untilAsserted(() -> assertThat(live(client, ns, "web")).hasSize(3));
    assertThat(live(client, ns, "web"))
        .allSatisfy(v -> assertThat(v.getMetadata().getName()).startsWith("web"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                live(client, ns, "web").stream()
                    .allMatch(v -> phase(v) == VirtualMachineInstancePhase.SCHEDULED));
    for (VirtualMachineInstance vmi : live(client, ns, "web")) {
      ControllerHarness.playHandlerRunning(client, vmi);
    }
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(status(client, ns, "web").getReplicas()).isEqualTo(3);
              assertThat(status(client, ns, "web").getReadyReplicas()).isEqualTo(3);
            });

    cluster.kubectl("scale", "vmirs", "web", "--replicas=1", "-n", ns.name());
    await().atMost(WAIT).untilAsserted(() -> assertThat(live(client, ns, "web")).hasSize(1));
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(status(client, ns, "web").getReplicas()).isEqualTo(1));
    String printed =
        cluster.kubectl("get", "vmirs", "web", "-n", ns.name(), "-o", "jsonpath={.spec.replicas}");
    assertThat(printed).isEqualTo("1");
  }

  @Test
  void adoptsAnOwnerlessVmiItsSelectorMatchesInsteadOfCreatingOne(
      KubernetesClient client, TestNamespace ns) {
    VirtualMachineInstance orphan = new VirtualMachineInstance();
    orphan.setMetadata(
        new ObjectMetaBuilder()
            .withName("stray")
            .withNamespace(ns.name())
            .addToLabels("app", "adopt")
            .build());
    orphan.setSpec(template("adopt").getSpec());
    client.resource(orphan).create();

    var rs = client.resource(replicaSet(ns, "adopt", 1)).create();

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(vmi(client, ns, "stray").getMetadata().getOwnerReferences())
                    .singleElement()
                    .satisfies(o -> assertThat(o.getUid()).isEqualTo(rs.getMetadata().getUid())));
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(status(client, ns, "adopt").getReplicas()).isEqualTo(1));
    // the adopted VMI counts: no second one is created while the set settles
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(live(client, ns, "adopt")).hasSize(1));
  }

  private static VirtualMachineInstanceReplicaSet replicaSet(
      TestNamespace ns, String app, int replicas) {
    VirtualMachineInstanceReplicaSet rs = new VirtualMachineInstanceReplicaSet();
    rs.setMetadata(new ObjectMetaBuilder().withName(app).withNamespace(ns.name()).build());
    rs.setSpec(
        new VirtualMachineInstanceReplicaSetSpec()
            .setReplicas(replicas)
            .setSelector(new LabelSelectorBuilder().addToMatchLabels("app", app).build())
            .setTemplate(template(app)));
    return rs;
  }

  private static VirtualMachineInstanceTemplateSpec template(String app) {
    VirtualMachineInstanceTemplateSpec template =
        ControllerHarness.vm(app, RunStrategy.ALWAYS).getSpec().getTemplate();
    template.setMetadata(new ObjectMetaBuilder().addToLabels("app", app).build());
    return template;
  }

  private static VirtualMachineInstanceReplicaSetStatus status(
      KubernetesClient client, TestNamespace ns, String name) {
    var rs =
        client
            .resources(VirtualMachineInstanceReplicaSet.class)
            .inNamespace(ns.name())
            .withName(name)
            .get();
    return rs.getStatus() == null ? new VirtualMachineInstanceReplicaSetStatus() : rs.getStatus();
  }

  private static VirtualMachineInstance vmi(KubernetesClient client, TestNamespace ns, String n) {
    return client.resources(VirtualMachineInstance.class).inNamespace(ns.name()).withName(n).get();
  }

  /** The VMIs labelled {@code app} that are not being deleted. */
  private static List<VirtualMachineInstance> live(
      KubernetesClient client, TestNamespace ns, String app) {
    return client
        .resources(VirtualMachineInstance.class)
        .inNamespace(ns.name())
        .withLabel("app", app)
        .list()
        .getItems()
        .stream()
        .filter(v -> v.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  private static VirtualMachineInstancePhase phase(VirtualMachineInstance vmi) {
    return vmi.getStatus() == null ? null : vmi.getStatus().getPhase();
  }
}
