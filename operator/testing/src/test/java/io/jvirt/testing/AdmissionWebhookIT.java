package io.jvirt.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfigurationBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API server calls a validating webhook served by this test process, which can deny. */
@ExtendWith(ClusterExtension.class)
class AdmissionWebhookIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final AtomicInteger reviews = new AtomicInteger();

  @Test
  void webhookIsCalledAndCanDeny(KubernetesClient client, TestNamespace namespace) {
    TestCertificates certificates = TestCertificates.forNames("127.0.0.1");
    try (TestHttpsServer server = new TestHttpsServer("127.0.0.1", certificates, this::review)) {
      ValidatingWebhookConfiguration webhook =
          webhook(namespace.name(), server.port(), certificates);
      client
          .admissionRegistration()
          .v1()
          .validatingWebhookConfigurations()
          .resource(webhook)
          .create();
      try {
        var configMaps = client.configMaps().inNamespace(namespace.name());
        await()
            .atMost(Duration.ofMinutes(1))
            .untilAsserted(
                () ->
                    assertThatThrownBy(
                            () ->
                                configMaps
                                    .resource(configMap("denied-" + reviews.get(), "true"))
                                    .create())
                        .isInstanceOf(KubernetesClientException.class)
                        .hasMessageContaining(
                            "metadata.labels[jvirt.io/deny]: the test webhook denies this"));

        configMaps.resource(configMap("allowed", "false")).create();

        assertThat(configMaps.withName("allowed").get()).isNotNull();
        assertThat(reviews.get()).isGreaterThanOrEqualTo(2);
      } finally {
        client
            .admissionRegistration()
            .v1()
            .validatingWebhookConfigurations()
            .resource(webhook)
            .delete();
      }
    }
  }

  private void review(HttpExchange exchange) throws IOException {
    reviews.incrementAndGet();
    JsonNode request = JSON.readTree(exchange.getRequestBody()).path("request");
    boolean deny =
        "true"
            .equals(
                request
                    .path("object")
                    .path("metadata")
                    .path("labels")
                    .path("jvirt.io/deny")
                    .asText());
    String response =
        "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"response\":{"
            + "\"uid\":\""
            + request.path("uid").asText()
            + "\",\"allowed\":"
            + !deny
            + (deny
                ? ",\"status\":{\"code\":403,\"message\":\"metadata.labels[jvirt.io/deny]: the test webhook denies this\"}"
                : "")
            + "}}";
    TestHttpsServer.respond(exchange, 200, response);
  }

  private static io.fabric8.kubernetes.api.model.ConfigMap configMap(String name, String deny) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .addToLabels("jvirt.io/deny", deny)
        .endMetadata()
        .build();
  }

  private static ValidatingWebhookConfiguration webhook(
      String namespace, int port, TestCertificates certificates) {
    return new ValidatingWebhookConfigurationBuilder()
        .withNewMetadata()
        .withName("it-" + namespace)
        .endMetadata()
        .addNewWebhook()
        .withName("deny.it.jvirt.io")
        .withAdmissionReviewVersions("v1")
        .withSideEffects("None")
        .withFailurePolicy("Fail")
        .withTimeoutSeconds(5)
        .withNewClientConfig()
        .withUrl("https://127.0.0.1:" + port + "/validate")
        .withCaBundle(certificates.caBundle())
        .endClientConfig()
        .withNewNamespaceSelector()
        .addToMatchLabels("kubernetes.io/metadata.name", namespace)
        .endNamespaceSelector()
        .addNewRule()
        .withApiGroups("")
        .withApiVersions("v1")
        .withOperations("CREATE")
        .withResources("configmaps")
        .endRule()
        .endWebhook()
        .build();
  }
}
