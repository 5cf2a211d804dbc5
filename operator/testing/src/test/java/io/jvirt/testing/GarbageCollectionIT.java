package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The garbage collector of kube-controller-manager removes dependents of a deleted owner. */
@ExtendWith(ClusterExtension.class)
class GarbageCollectionIT {

  @Test
  void deletingAnOwnerDeletesItsDependents(KubernetesClient client, TestNamespace namespace) {
    var configMaps = client.configMaps().inNamespace(namespace.name());
    ConfigMap owner =
        configMaps
            .resource(
                new ConfigMapBuilder().withNewMetadata().withName("owner").endMetadata().build())
            .create();
    configMaps
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("dependent")
                .addNewOwnerReference()
                .withApiVersion("v1")
                .withKind("ConfigMap")
                .withName(owner.getMetadata().getName())
                .withUid(owner.getMetadata().getUid())
                .endOwnerReference()
                .endMetadata()
                .build())
        .create();

    configMaps.withName("owner").delete();

    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(() -> assertThat(configMaps.withName("dependent").get()).isNull());
  }
}
