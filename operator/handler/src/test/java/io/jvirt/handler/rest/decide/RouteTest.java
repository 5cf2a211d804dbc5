package io.jvirt.handler.rest.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests reach which VMI command (upstream's PUT lifecycle endpoints). */
class RouteTest {
  private static final String BASE = "/v1/namespaces/ns1/virtualmachineinstances/vm1/";

  @Test
  void theLifecycleEndpointsAreCommandsOnTheNamedVmi() {
    assertThat(Route.of("PUT", BASE + "pause"))
        .isEqualTo(new Route.Command(Route.Kind.PAUSE, "ns1", "vm1"));
    assertThat(Route.of("PUT", BASE + "unpause"))
        .isEqualTo(new Route.Command(Route.Kind.UNPAUSE, "ns1", "vm1"));
    assertThat(Route.of("PUT", BASE + "softreboot"))
        .isEqualTo(new Route.Command(Route.Kind.SOFT_REBOOT, "ns1", "vm1"));
  }

  @Test
  void otherMethodsAreNotAllowed() {
    assertThat(Route.of("GET", BASE + "pause"))
        .isEqualTo(new Route.Refusal(405, "GET is not allowed on pause"));
    assertThat(Route.of("POST", BASE + "softreboot")).isInstanceOf(Route.Refusal.class);
  }

  @Test
  void unknownEndpointsAreNotFound() {
    assertThat(Route.of("PUT", BASE + "reset"))
        .isEqualTo(new Route.Refusal(404, "reset is not served by this virt-handler"));
    assertThat(Route.of("PUT", "/healthz")).extracting("status").isEqualTo(404);
    assertThat(Route.of("PUT", "/v1/namespaces/ns1/pods/vm1/pause"))
        .extracting("status")
        .isEqualTo(404);
  }
}
