package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An APIService routes an aggregated group to a server of this test process; the API server
 * forwards the authenticated user in the front-proxy headers.
 */
@ExtendWith(ClusterExtension.class)
class AggregatedApiIT {
  private static final String GROUP_VERSION = "test.jvirt.io/v1alpha1";

  @Test
  void apiServiceRoutesToTheTestServer(
      LocalCluster cluster, KubernetesClient client, TestNamespace namespace) {
    String ns = namespace.name();
    TestCertificates certificates = TestCertificates.forNames("echo-api." + ns + ".svc");
    try (TestHttpsServer server =
        new TestHttpsServer(cluster.hostAddress(), certificates, this::serve)) {
      client
          .services()
          .inNamespace(ns)
          .resource(
              new ServiceBuilder()
                  .withNewMetadata()
                  .withName("echo-api")
                  .endMetadata()
                  .withNewSpec()
                  .addNewPort()
                  .withName("https")
                  .withPort(443)
                  .withTargetPort(new IntOrString(server.port()))
                  .endPort()
                  .endSpec()
                  .build())
          .create();
      client
          .endpoints()
          .inNamespace(ns)
          .resource(
              new EndpointsBuilder()
                  .withNewMetadata()
                  .withName("echo-api")
                  .endMetadata()
                  .addNewSubset()
                  .addNewAddress()
                  .withIp(cluster.hostAddress())
                  .endAddress()
                  .addNewPort()
                  .withName("https")
                  .withPort(server.port())
                  .endPort()
                  .endSubset()
                  .build())
          .create();
      GenericKubernetesResource apiService = apiService(ns, certificates);
      client.resource(apiService).create();
      try {
        await()
            .atMost(Duration.ofMinutes(1))
            .untilAsserted(
                () ->
                    assertThat(
                            client.raw(
                                "/apis/" + GROUP_VERSION + "/namespaces/" + ns + "/echoes/hello"))
                        .contains("\"name\":\"hello\"")
                        .contains("\"user\":\"jvirt-admin\""));
      } finally {
        client.resource(apiService).delete();
      }
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/apis/" + GROUP_VERSION)) {
      TestHttpsServer.respond(
          exchange,
          200,
          "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\","
              + "\"groupVersion\":\""
              + GROUP_VERSION
              + "\",\"resources\":[{\"name\":\"echoes\","
              + "\"singularName\":\"echo\",\"namespaced\":true,\"kind\":\"Echo\",\"verbs\":[\"get\"]}]}");
    } else if (path.startsWith("/apis/" + GROUP_VERSION + "/namespaces/")) {
      String[] parts = path.split("/");
      String user = exchange.getRequestHeaders().getFirst("X-Remote-User");
      TestHttpsServer.respond(
          exchange,
          200,
          "{\"apiVersion\":\""
              + GROUP_VERSION
              + "\",\"kind\":\"Echo\","
              + "\"metadata\":{\"name\":\""
              + parts[parts.length - 1]
              + "\",\"namespace\":\""
              + parts[5]
              + "\"},"
              + "\"user\":\""
              + user
              + "\"}");
    } else {
      TestHttpsServer.respond(exchange, 404, "{}");
    }
  }

  /** fabric8 ships no apiregistration model, so the APIService is a generic resource. */
  private static GenericKubernetesResource apiService(
      String namespace, TestCertificates certificates) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("apiregistration.k8s.io/v1")
        .withKind("APIService")
        .withNewMetadata()
        .withName("v1alpha1.test.jvirt.io")
        .endMetadata()
        .addToAdditionalProperties(
            "spec",
            Map.of(
                "group",
                "test.jvirt.io",
                "version",
                "v1alpha1",
                "groupPriorityMinimum",
                1000,
                "versionPriority",
                15,
                "caBundle",
                certificates.caBundle(),
                "service",
                Map.of("namespace", namespace, "name", "echo-api", "port", 443)))
        .build();
  }
}
