package io.jvirt.crds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.Corpus;
import io.jvirt.testing.JsonDiff;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifest corpus applied to a real kube-apiserver with jvirt's CRDs installed reads back with
 * nothing lost, both as raw JSON and through the Java model; kubectl shows upstream's columns.
 */
@ExtendWith(ClusterExtension.class)
class CorpusOnApiServerIT {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final Set<String> SERVER_SET_METADATA =
      Set.of(
          "uid",
          "resourceVersion",
          "creationTimestamp",
          "generation",
          "managedFields",
          "namespace");
  private static final Set<String> CLUSTER_SCOPED = Set.of("CDI", "CDIConfig");

  static List<Corpus.Manifest> corpus() {
    return Corpus.all();
  }

  @BeforeAll
  static void installCrds(KubernetesClient client) {
    CrdInstaller.install(client, "jvirt-it");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void manifestReadsBackUnchanged(
      Corpus.Manifest manifest, KubernetesClient client, TestNamespace ns) throws Exception {
    JsonNode written = YAML.readTree(manifest.yaml());
    GenericKubernetesResource object =
        SERIALIZATION.unmarshal(manifest.yaml(), GenericKubernetesResource.class);
    boolean clusterScoped = CLUSTER_SCOPED.contains(object.getKind());
    Resource<GenericKubernetesResource> resource =
        clusterScoped ? client.resource(object) : client.resource(object).inNamespace(ns.name());
    resource.delete();
    await().atMost(Duration.ofMinutes(1)).until(() -> resource.get() == null);
    resource.create();
    try {
      ObjectNode readBack = (ObjectNode) SERIALIZATION.convertValue(resource.get(), JsonNode.class);
      ((ObjectNode) readBack.get("metadata")).remove(SERVER_SET_METADATA);

      assertThat(JsonDiff.between(written, readBack)).as("raw read-back differences").isEmpty();

      HasMetadata typed = SERIALIZATION.unmarshal(SERIALIZATION.asJson(resource.get()));
      assertThat(typed.getClass().getName()).startsWith("io.jvirt.");
      ObjectNode typedTree = (ObjectNode) SERIALIZATION.convertValue(typed, JsonNode.class);
      ((ObjectNode) typedTree.get("metadata")).remove(SERVER_SET_METADATA);
      assertThat(JsonDiff.between(written, typedTree)).as("through the Java model").isEmpty();
    } finally {
      if (clusterScoped) {
        resource.delete();
      }
    }
  }

  @Test
  void kubectlShowsUpstreamColumns(
      LocalCluster cluster, KubernetesClient client, TestNamespace ns) {
    String vm =
        Corpus.all().stream()
            .filter(m -> m.file().startsWith("01-"))
            .findFirst()
            .orElseThrow()
            .yaml();
    client
        .resource(SERIALIZATION.unmarshal(vm, GenericKubernetesResource.class))
        .inNamespace(ns.name())
        .createOr(r -> r.update());

    assertThat(header(cluster.kubectl("get", "vm", "-n", ns.name())))
        .isEqualTo("NAME AGE STATUS READY");
    assertThat(
            header(
                cluster.kubectl(
                    "get", "vmis", "-n", ns.name(), "-o", "wide", "--ignore-not-found")))
        .isIn("", "NAME AGE PHASE IP NODENAME READY LIVE-MIGRATABLE PAUSED");
    assertThat(cluster.kubectl("api-resources", "--api-group=kubevirt.io", "-o", "name"))
        .contains("virtualmachines.kubevirt.io", "virtualmachineinstancereplicasets.kubevirt.io");
    assertThat(cluster.kubectl("get", "all", "-n", ns.name()))
        .contains("virtualmachine.kubevirt.io/");
  }

  private static String header(String table) {
    String first = table.lines().findFirst().orElse("");
    return String.join(" ", first.trim().split("\\s+"));
  }
}
