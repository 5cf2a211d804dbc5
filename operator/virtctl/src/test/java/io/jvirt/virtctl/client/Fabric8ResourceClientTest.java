package io.jvirt.virtctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real resource client against a local HTTP server. */
class Fabric8ResourceClientTest extends ConnectedClientTest {
  @Test
  void readsAKubevirtObject() {
    server.answer(
        200,
        "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\","
            + "\"metadata\":{\"name\":\"myvm\",\"namespace\":\"ns\"},"
            + "\"spec\":{\"runStrategy\":\"Halted\"}}");

    Optional<GenericKubernetesResource> vm =
        cluster.resources().get("ns", KubevirtResource.VIRTUAL_MACHINE, "myvm");

    assertThat(server.requests.get(0).path())
        .isEqualTo("/apis/kubevirt.io/v1/namespaces/ns/virtualmachines/myvm");
    assertThat(vm)
        .hasValueSatisfying(
            r -> assertThat((Object) r.get("spec", "runStrategy")).isEqualTo("Halted"));
  }

  @Test
  void aMissingObjectIsEmpty() {
    server.answer(
        404,
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\","
            + "\"message\":\"virtualmachines.kubevirt.io \\\"x\\\" not found\",\"code\":404}");

    assertThat(cluster.resources().get("ns", KubevirtResource.VIRTUAL_MACHINE, "x")).isEmpty();
  }

  @Test
  void createsAServiceAndReportsRejections() {
    Service service =
        new ServiceBuilder()
            .withNewMetadata()
            .withName("s")
            .withNamespace("ns")
            .endMetadata()
            .build();
    server.answer(
        409,
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"reason\":\"AlreadyExists\",\"message\":\"services \\\"s\\\" already exists\","
            + "\"code\":409}");

    assertThatThrownBy(() -> cluster.resources().createService(service))
        .isInstanceOf(ApiException.class)
        .hasMessage("services \"s\" already exists");
    assertThat(server.requests.get(0).method()).isEqualTo("POST");
    assertThat(server.requests.get(0).path()).isEqualTo("/api/v1/namespaces/ns/services");
    assertThat(server.requests.get(0).authorization()).isEqualTo("Bearer secret-token");
  }
}
