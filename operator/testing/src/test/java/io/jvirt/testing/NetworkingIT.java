package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DaemonSets place pods on the real node, and a Service's ClusterIP answers another pod. */
@ExtendWith(ClusterExtension.class)
class NetworkingIT {

  @Test
  void daemonSetServedThroughAClusterIpAnswersAnotherPod(
      LocalCluster cluster, KubernetesClient client, TestNamespace namespace) {
    String ns = namespace.name();
    client.apps().daemonSets().inNamespace(ns).resource(echoDaemonSet()).create();
    client.services().inNamespace(ns).resource(echoService()).create();

    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () -> {
              List<Pod> pods =
                  client.pods().inNamespace(ns).withLabel("app", "echo").list().getItems();
              assertThat(pods)
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.getSpec().getNodeName()).isEqualTo("jvirt-node");
                        assertThat(p.getStatus().getPhase()).isEqualTo("Running");
                      });
            });
    String clusterIp =
        client.services().inNamespace(ns).withName("echo").get().getSpec().getClusterIP();

    client.pods().inNamespace(ns).resource(Pods.busybox("client", "sleep 3600")).create();
    client.pods().inNamespace(ns).withName("client").waitUntilReady(2, TimeUnit.MINUTES);

    String request = "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 3 " + clusterIp + " 80";
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () ->
                assertThat(cluster.kubectl("-n", ns, "exec", "client", "--", "sh", "-c", request))
                    .contains("answered-by-echo-"));
  }

  private static DaemonSet echoDaemonSet() {
    String script =
        "mkdir /www && echo answered-by-$(hostname) > /www/index.html"
            + " && exec httpd -f -p 8080 -h /www";
    return new DaemonSetBuilder()
        .withNewMetadata()
        .withName("echo")
        .endMetadata()
        .withNewSpec()
        .withNewSelector()
        .addToMatchLabels("app", "echo")
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", "echo")
        .endMetadata()
        .withSpec(
            Pods.busybox("echo", script).getSpec().toBuilder().withRestartPolicy("Always").build())
        .endTemplate()
        .endSpec()
        .build();
  }

  private static Service echoService() {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName("echo")
        .endMetadata()
        .withNewSpec()
        .addToSelector("app", "echo")
        .addNewPort()
        .withPort(80)
        .withTargetPort(new IntOrString(8080))
        .endPort()
        .endSpec()
        .build();
  }
}
