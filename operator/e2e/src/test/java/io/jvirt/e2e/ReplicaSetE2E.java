package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.testing.Commands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A VMI ReplicaSet of 2 boots two guests; scaled to 0 with kubectl, both are gone. */
class ReplicaSetE2E {
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("vmirs");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void twoReplicasBootAndScaleToZeroRemovesThem() {
    VirtualMachineInstanceTemplateSpec template =
        Guests.cirros(jvirt.client(), "pair", RunStrategy.ALWAYS, "#!/bin/sh\necho replica\n")
            .getSpec()
            .getTemplate();
    template.setMetadata(new ObjectMetaBuilder().addToLabels("app", "pair").build());
    VirtualMachineInstanceReplicaSet replicaSet = new VirtualMachineInstanceReplicaSet();
    replicaSet.setMetadata(new ObjectMetaBuilder().withName("pair").build());
    replicaSet.setSpec(
        new VirtualMachineInstanceReplicaSetSpec()
            .setReplicas(2)
            .setSelector(new LabelSelectorBuilder().addToMatchLabels("app", "pair").build())
            .setTemplate(template));
    jvirt
        .client()
        .resources(VirtualMachineInstanceReplicaSet.class)
        .inNamespace(namespace)
        .resource(replicaSet)
        .create();

    await()
        .atMost(Guests.BOOT.multipliedBy(2))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              List<VirtualMachineInstance> all = replicas();
              return all.size() == 2 && all.stream().allMatch(Guests::running);
            });
    for (VirtualMachineInstance vmi : replicas()) {
      Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-guest: up");
    }

    Commands.Result scale =
        jvirt.kubectl("scale", "vmirs", "pair", "--replicas=0", "-n", namespace);
    assertThat(scale.exitCode()).as(scale.output()).isZero();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                replicas().isEmpty()
                    && jvirt
                        .client()
                        .pods()
                        .inNamespace(namespace)
                        .withLabels(Map.of("app", "pair"))
                        .list()
                        .getItems()
                        .isEmpty());
  }

  private static List<VirtualMachineInstance> replicas() {
    return jvirt
        .client()
        .resources(VirtualMachineInstance.class)
        .inNamespace(namespace)
        .withLabel("app", "pair")
        .list()
        .getItems();
  }
}
