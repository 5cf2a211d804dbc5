package io.jvirt.virtctl.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The real CDI client against a local HTTP server: the paths and bodies it sends. */
class Fabric8CdiClientTest extends ConnectedClientTest {
  @Test
  void createsAnUploadTokenRequestAndReturnsItsToken() {
    server.answer(
        201,
        "{\"apiVersion\":\"upload.cdi.kubevirt.io/v1beta1\",\"kind\":\"UploadTokenRequest\","
            + "\"metadata\":{\"name\":\"token-for-virtctl\",\"namespace\":\"ns\"},"
            + "\"spec\":{\"pvcName\":\"disk\"},\"status\":{\"token\":\"jwt\"}}");

    String token = cluster.cdi().uploadToken("ns", "disk");

    assertThat(token).isEqualTo("jwt");
    RecordingServer.Request request = server.requests.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path())
        .isEqualTo("/apis/upload.cdi.kubevirt.io/v1beta1/namespaces/ns/uploadtokenrequests");
    assertThat(request.body())
        .contains("\"kind\":\"UploadTokenRequest\"")
        .contains("\"name\":\"token-for-virtctl\"")
        .contains("\"pvcName\":\"disk\"");
  }

  @Test
  void readsTheUploadProxyUrlOfTheCdiConfig() {
    server.answer(
        200,
        "{\"apiVersion\":\"cdi.kubevirt.io/v1beta1\",\"kind\":\"CDIConfig\","
            + "\"metadata\":{\"name\":\"config\"},"
            + "\"status\":{\"uploadProxyURL\":\"cdi-uploadproxy.example.org\"}}");

    assertThat(cluster.cdi().uploadProxyUrl()).hasValue("cdi-uploadproxy.example.org");
    assertThat(server.requests.get(0).path())
        .isEqualTo("/apis/cdi.kubevirt.io/v1beta1/cdiconfigs/config");
  }
}
