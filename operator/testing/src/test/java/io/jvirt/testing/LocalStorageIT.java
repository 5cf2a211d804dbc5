package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A PVC of the default StorageClass binds to a local PV on the real node, and a pod writes to it.
 */
@ExtendWith(ClusterExtension.class)
class LocalStorageIT {

  @Test
  void claimBindsAndAPodWritesToIt(KubernetesClient client, TestNamespace namespace) {
    String ns = namespace.name();
    client
        .persistentVolumeClaims()
        .inNamespace(ns)
        .resource(
            new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName("data")
                .endMetadata()
                .withNewSpec()
                .withAccessModes("ReadWriteOnce")
                .withNewResources()
                .addToRequests("storage", new Quantity("1Gi"))
                .endResources()
                .endSpec()
                .build())
        .create();
    Pod writer = Pods.busybox("writer", "echo persisted > /data/file && cat /data/file");
    writer
        .getSpec()
        .getContainers()
        .get(0)
        .getVolumeMounts()
        .add(
            new io.fabric8.kubernetes.api.model.VolumeMountBuilder()
                .withName("data")
                .withMountPath("/data")
                .build());
    writer
        .getSpec()
        .getVolumes()
        .add(
            new io.fabric8.kubernetes.api.model.VolumeBuilder()
                .withName("data")
                .withNewPersistentVolumeClaim()
                .withClaimName("data")
                .endPersistentVolumeClaim()
                .build());

    client.pods().inNamespace(ns).resource(writer).create();

    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .pods()
                            .inNamespace(ns)
                            .withName("writer")
                            .get()
                            .getStatus()
                            .getPhase())
                    .isEqualTo("Succeeded"));
    assertThat(
            client
                .persistentVolumeClaims()
                .inNamespace(ns)
                .withName("data")
                .get()
                .getStatus()
                .getPhase())
        .isEqualTo("Bound");
    assertThat(client.pods().inNamespace(ns).withName("writer").getLog()).isEqualTo("persisted\n");
  }
}
