package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests the upload server routes where. */
class UploadRouteTest {
  @Test
  void uploadPathsTakePostAndPut() {
    assertThat(UploadRoute.of("POST", "/v1beta1/upload")).isEqualTo(UploadRoute.SYNC);
    assertThat(UploadRoute.of("PUT", "/v1beta1/upload")).isEqualTo(UploadRoute.SYNC);
    assertThat(UploadRoute.of("POST", "/v1alpha1/upload")).isEqualTo(UploadRoute.SYNC);
    assertThat(UploadRoute.of("PUT", "/v1beta1/upload-async")).isEqualTo(UploadRoute.ASYNC);
    assertThat(UploadRoute.of("POST", "/v1alpha1/upload-async")).isEqualTo(UploadRoute.ASYNC);
  }

  @Test
  void otherMethodsAndPathsAreNotFound() {
    assertThat(UploadRoute.of("GET", "/v1beta1/upload")).isEqualTo(UploadRoute.NOT_FOUND);
    assertThat(UploadRoute.of("DELETE", "/v1beta1/upload-async")).isEqualTo(UploadRoute.NOT_FOUND);
    assertThat(UploadRoute.of("POST", "/v1beta1/upload/")).isEqualTo(UploadRoute.NOT_FOUND);
    assertThat(UploadRoute.of("POST", "/v1beta1/upload-form")).isEqualTo(UploadRoute.NOT_FOUND);
    assertThat(UploadRoute.of("POST", "/")).isEqualTo(UploadRoute.NOT_FOUND);
    assertThat(UploadRoute.of("POST", "/metrics")).isEqualTo(UploadRoute.NOT_FOUND);
  }

  @Test
  void healthAndMetrics() {
    assertThat(UploadRoute.of("GET", "/healthz")).isEqualTo(UploadRoute.HEALTH);
    assertThat(UploadRoute.of("HEAD", "/healthz")).isEqualTo(UploadRoute.HEALTH);
    assertThat(UploadRoute.of("GET", "/metrics")).isEqualTo(UploadRoute.METRICS);
  }
}
