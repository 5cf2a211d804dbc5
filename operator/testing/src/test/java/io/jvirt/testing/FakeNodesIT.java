package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** kwok runs pods on its fake nodes and never touches pods of the real node. */
@ExtendWith(ClusterExtension.class)
class FakeNodesIT {

  @Test
  void fakeNodesRunTheirPodsAndLeaveTheRealNodeAlone(
      LocalCluster cluster, KubernetesClient client, TestNamespace namespace) {
    cluster.ensureFakeNodes(2);
    String ns = namespace.name();
    Pod fake =
        new PodBuilder(Pods.busybox("on-fake-node", "exit 1"))
            .editSpec()
            .addToNodeSelector("type", "kwok")
            .addNewToleration()
            .withKey("kwok.x-k8s.io/node")
            .withOperator("Exists")
            .withEffect("NoSchedule")
            .endToleration()
            .endSpec()
            .build();
    client.pods().inNamespace(ns).resource(fake).create();
    client.pods().inNamespace(ns).resource(Pods.busybox("on-real-node", "exit 1")).create();

    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> {
              Pod onFake = client.pods().inNamespace(ns).withName("on-fake-node").get();
              assertThat(onFake.getSpec().getNodeName()).startsWith("kwok-node-");
              assertThat(onFake.getStatus().getPhase()).isEqualTo("Running");
              Pod onReal = client.pods().inNamespace(ns).withName("on-real-node").get();
              assertThat(onReal.getSpec().getNodeName()).isEqualTo("jvirt-node");
              assertThat(onReal.getStatus().getPhase()).isEqualTo("Failed");
            });
  }
}
