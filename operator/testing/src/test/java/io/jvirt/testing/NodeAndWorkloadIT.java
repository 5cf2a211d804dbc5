package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real node runs pods of an image this test builds with Jib, with logs and exec working. */
@ExtendWith(ClusterExtension.class)
class NodeAndWorkloadIT {
  private static final String IMAGE = "localhost/jvirt/it-web:1";

  @Test
  void realNodeIsReady(KubernetesClient client) {
    Node node = client.nodes().withLabel("jvirt.io/node", "real").list().getItems().get(0);

    assertThat(node.getStatus().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("True");
            });
    assertThat(node.getStatus().getNodeInfo().getContainerRuntimeVersion())
        .startsWith("containerd");
  }

  @Test
  void deploymentOfAJibBuiltImageBecomesAvailable(
      LocalCluster cluster, KubernetesClient client, TestNamespace namespace, @TempDir Path dir)
      throws Exception {
    Path page = Files.writeString(dir.resolve("index.html"), "built by jib\n");
    Path tar = dir.resolve("it-web.tar");
    Jib.from(TarImage.at(cluster.baseImage("busybox.tar")))
        .addLayer(List.of(page), AbsoluteUnixPath.get("/www"))
        .setEntrypoint("sh", "-c", "echo jvirt-it-web started; exec httpd -f -p 8080 -h /www")
        .containerize(Containerizer.to(TarImage.at(tar).named(IMAGE)).setOfflineMode(true));
    cluster.load(tar);

    client.apps().deployments().inNamespace(namespace.name()).resource(web()).create();

    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .apps()
                            .deployments()
                            .inNamespace(namespace.name())
                            .withName("web")
                            .get()
                            .getStatus()
                            .getAvailableReplicas())
                    .isEqualTo(1));
    assertThat(cluster.kubectl("-n", namespace.name(), "logs", "deploy/web"))
        .contains("jvirt-it-web started");
    assertThat(
            cluster.kubectl(
                "-n", namespace.name(), "exec", "deploy/web", "--", "cat", "/www/index.html"))
        .isEqualTo("built by jib\n");
  }

  private static Deployment web() {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName("web")
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewSelector()
        .addToMatchLabels("app", "web")
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", "web")
        .endMetadata()
        .withNewSpec()
        .withTerminationGracePeriodSeconds(0L)
        .addNewContainer()
        .withName("web")
        .withImage(IMAGE)
        .withImagePullPolicy("Never")
        .addNewPort()
        .withContainerPort(8080)
        .endPort()
        .withNewReadinessProbe()
        .withNewTcpSocket()
        .withPort(new IntOrString(8080))
        .endTcpSocket()
        .withPeriodSeconds(1)
        .endReadinessProbe()
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
