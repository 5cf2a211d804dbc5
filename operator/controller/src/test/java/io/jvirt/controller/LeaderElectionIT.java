package io.jvirt.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.runtime.VirtController;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.TestNamespace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two virt-controller replicas with leader election: one Lease holder acts, and when it goes the
 * other takes over; each VM still gets exactly one VMI and one launcher pod.
 */
@ExtendWith(ClusterExtension.class)
class LeaderElectionIT {
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final List<VirtController> replicas = new ArrayList<>();

  @AfterAll
  static void stopReplicas(KubernetesClient client, TestNamespace ns) {
    ControllerHarness.drain(client, ns.name());
    replicas.forEach(VirtController::close);
  }

  @Test
  void oneReplicaLeadsAndTheOtherTakesOverWhenItGoes(KubernetesClient client, TestNamespace ns) {
    ControllerHarness.start(client).close();
    replicas.add(ControllerHarness.startReplica(client, ns.name()));
    replicas.add(ControllerHarness.startReplica(client, ns.name()));
    await().atMost(WAIT).until(() -> holder(client, ns) != null);
    VirtController leader = replicaNamed(holder(client, ns));
    VirtController follower = replicas.get(replicas.get(0) == leader ? 1 : 0);

    var vms = client.resources(VirtualMachine.class).inNamespace(ns.name());
    vms.resource(ControllerHarness.vm("first", RunStrategy.ALWAYS)).create();
    await().atMost(WAIT).until(() -> launcherPods(client, ns, "first") == 1);

    leader.close();
    replicas.remove(leader);
    await().atMost(WAIT).until(() -> follower.identity().equals(holder(client, ns)));

    vms.resource(ControllerHarness.vm("second", RunStrategy.ALWAYS)).create();
    await().atMost(WAIT).until(() -> launcherPods(client, ns, "second") == 1);
    assertThat(launcherPods(client, ns, "first")).isEqualTo(1);
  }

  private static String holder(KubernetesClient client, TestNamespace ns) {
    Lease lease = client.leases().inNamespace(ns.name()).withName(VirtController.LEASE_NAME).get();
    return lease == null || lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
  }

  private static VirtController replicaNamed(String identity) {
    return replicas.stream()
        .filter(r -> r.identity().equals(identity))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no replica holds the lease: " + identity));
  }

  private static int launcherPods(KubernetesClient client, TestNamespace ns, String vm) {
    VirtualMachineInstance vmi =
        client.resources(VirtualMachineInstance.class).inNamespace(ns.name()).withName(vm).get();
    if (vmi == null) {
      return 0;
    }
    return client
        .pods()
        .inNamespace(ns.name())
        .withLabels(ControllerHarness.launcherSelector(vmi))
        .list()
        .getItems()
        .size();
  }
}
