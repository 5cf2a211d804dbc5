package io.jvirt.cdi.uploadproxy.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The upload proxy's choices from what it observed. */
class UploadRulesTest {

  @Test
  void uploadPathsTakePostAndPut() {
    assertThat(UploadRules.route("POST", "/v1beta1/upload"))
        .isEqualTo(new ProxyRoute.Upload("/v1beta1/upload"));
    assertThat(UploadRules.route("PUT", "/v1alpha1/upload-async"))
        .isEqualTo(new ProxyRoute.Upload("/v1alpha1/upload-async"));
    assertThat(UploadRules.route("GET", "/v1beta1/upload"))
        .isEqualTo(new ProxyRoute.MethodNotAllowed("GET"));
    assertThat(UploadRules.route("GET", "/healthz")).isEqualTo(new ProxyRoute.Health());
    assertThat(UploadRules.route("POST", "/v1beta1/other")).isEqualTo(new ProxyRoute.NotFound());
  }

  @Test
  void theBearerTokenIsTakenFromTheHeader() {
    assertThat(UploadRules.bearerToken("Bearer abc.def-_.ghi")).contains("abc.def-_.ghi");
    assertThat(UploadRules.bearerToken("bearer   abc")).contains("abc");
    assertThat(UploadRules.bearerToken(null)).isEmpty();
    assertThat(UploadRules.bearerToken("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(UploadRules.bearerToken("Bearer ")).isEmpty();
  }

  @Test
  void aReadyUploadTargetTakesTheUpload() {
    Map<String, String> annotations =
        Map.of(CdiAnnotations.UPLOAD_TARGET, "", CdiAnnotations.POD_READY, "true");

    assertThat(UploadRules.ready("disk", Optional.of(annotations))).isEmpty();
  }

  @Test
  void aPvcThatIsNotReadyIs503() {
    Map<String, String> annotations =
        Map.of(CdiAnnotations.UPLOAD_TARGET, "", CdiAnnotations.POD_READY, "false");

    assertThat(UploadRules.ready("disk", Optional.of(annotations)))
        .contains(
            new ProxyDecision.Reject(
                503, "rejecting Upload Request for PVC disk: upload server not ready"));
    assertThat(UploadRules.ready("disk", Optional.of(Map.of(CdiAnnotations.UPLOAD_TARGET, ""))))
        .isPresent();
  }

  @Test
  void aMissingPvcOrOneThatIsNoUploadTargetIsRefused() {
    assertThat(UploadRules.ready("disk", Optional.empty()))
        .contains(
            new ProxyDecision.Reject(
                503, "rejecting Upload Request for PVC disk that doesn't exist"));
    assertThat(UploadRules.ready("disk", Optional.of(Map.of(CdiAnnotations.POD_READY, "true"))))
        .contains(new ProxyDecision.Reject(503, "PVC disk is not an upload target"));
  }

  @Test
  void aFinishedUploadIsRefused() {
    Map<String, String> annotations =
        Map.of(
            CdiAnnotations.UPLOAD_TARGET,
            "",
            CdiAnnotations.POD_READY,
            "true",
            CdiAnnotations.POD_PHASE,
            "Succeeded");

    assertThat(UploadRules.ready("disk", Optional.of(annotations))).isPresent();
  }

  @Test
  void theUploadGoesToTheServicesClusterIpOnPort443() {
    assertThat(
            UploadRules.target(
                "disk", Optional.of(new ServiceAddress("10.96.0.12", 443)), "/v1beta1/upload"))
        .isEqualTo(new ProxyDecision.Forward("http://10.96.0.12:443/v1beta1/upload"));
    assertThat(
            UploadRules.target(
                "disk", Optional.of(new ServiceAddress("fd00::12", 443)), "/v1beta1/upload"))
        .isEqualTo(new ProxyDecision.Forward("http://[fd00::12]:443/v1beta1/upload"));
  }

  @Test
  void noServiceOrAHeadlessOneIs503() {
    assertThat(UploadRules.target("disk", Optional.empty(), "/v1beta1/upload"))
        .isInstanceOf(ProxyDecision.Reject.class);
    assertThat(
            UploadRules.target(
                "disk", Optional.of(new ServiceAddress("None", 443)), "/v1beta1/upload"))
        .isInstanceOf(ProxyDecision.Reject.class);
  }
}
