package io.jvirt.cdi.apiserver.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Status;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequestSpec;
import org.junit.jupiter.api.Test;

/** Validating UploadTokenRequests. */
class TokenRequestRulesTest {

  private static UploadTokenRequest request(String pvc) {
    UploadTokenRequest request = new UploadTokenRequest();
    request.getMetadata().setName("token-1");
    UploadTokenRequestSpec spec = new UploadTokenRequestSpec();
    spec.setPvcName(pvc);
    request.setSpec(spec);
    return request;
  }

  @Test
  void aRequestNamingAPvcIsValid() {
    assertThat(TokenRequestRules.validate(request("disk"))).isEmpty();
  }

  @Test
  void aMissingPvcNameIsA422NamingTheField() {
    Status status = TokenRequestRules.validate(request(null)).orElseThrow();

    assertThat(status.getCode()).isEqualTo(422);
    assertThat(status.getReason()).isEqualTo("Invalid");
    assertThat(status.getMessage())
        .isEqualTo(
            "UploadTokenRequest.upload.cdi.kubevirt.io \"token-1\" is invalid: "
                + "spec.pvcName: Required value");
    assertThat(status.getDetails().getCauses())
        .singleElement()
        .satisfies(cause -> assertThat(cause.getField()).isEqualTo("spec.pvcName"));
  }

  @Test
  void aBlankPvcNameOrNoSpecOrNoBodyIsInvalid() {
    assertThat(TokenRequestRules.validate(request(" "))).isPresent();
    assertThat(TokenRequestRules.validate(new UploadTokenRequest())).isPresent();
    assertThat(TokenRequestRules.validate(null)).isPresent();
  }
}
