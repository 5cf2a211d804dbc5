package io.jvirt.cdi.apiserver.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Requests to cdi-apiserver mapped onto what it serves. */
class ApiRoutesTest {
  private static final String CREATE =
      "/apis/upload.cdi.kubevirt.io/v1beta1/namespaces/ns-1/uploadtokenrequests";

  @Test
  void postCreatesATokenInThePathsNamespace() {
    assertThat(ApiRoutes.route("POST", CREATE)).isEqualTo(new ApiRoute.CreateToken("ns-1"));
    assertThat(ApiRoutes.route("POST", CREATE + "/")).isEqualTo(new ApiRoute.CreateToken("ns-1"));
  }

  @Test
  void otherVerbsOnTheResourceAreNotAllowed() {
    assertThat(ApiRoutes.route("GET", CREATE)).isEqualTo(new ApiRoute.MethodNotAllowed("GET"));
    assertThat(ApiRoutes.route("DELETE", CREATE))
        .isEqualTo(new ApiRoute.MethodNotAllowed("DELETE"));
  }

  @Test
  void discoveryIsServed() {
    assertThat(ApiRoutes.route("GET", "/apis")).isEqualTo(new ApiRoute.GroupList());
    assertThat(ApiRoutes.route("GET", "/apis/")).isEqualTo(new ApiRoute.GroupList());
    assertThat(ApiRoutes.route("GET", "/apis/upload.cdi.kubevirt.io"))
        .isEqualTo(new ApiRoute.Group());
    assertThat(ApiRoutes.route("GET", "/apis/upload.cdi.kubevirt.io/v1beta1"))
        .isEqualTo(new ApiRoute.Resources());
    assertThat(ApiRoutes.route("POST", "/apis")).isEqualTo(new ApiRoute.MethodNotAllowed("POST"));
  }

  @Test
  void probesAreServed() {
    assertThat(ApiRoutes.route("GET", "/healthz")).isEqualTo(new ApiRoute.Health());
  }

  @Test
  void anythingElseIsNotFound() {
    assertThat(ApiRoutes.route("GET", "/")).isEqualTo(new ApiRoute.NotFound());
    assertThat(ApiRoutes.route("POST", "/apis/upload.cdi.kubevirt.io/v1/namespaces/a/x"))
        .isEqualTo(new ApiRoute.NotFound());
    assertThat(
            ApiRoutes.route(
                "POST", "/apis/upload.cdi.kubevirt.io/v1beta1/namespaces/A_B/uploadtokenrequests"))
        .isEqualTo(new ApiRoute.NotFound());
  }
}
