package io.jvirt.daemon.handlerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.contract.HandlerApi;
import org.junit.jupiter.api.Test;

/** The URLs virt-api calls virt-handler at (upstream's). */
class HandlerClientTest {

  @Test
  void theHandlerIsCalledByPodIpOnTheVmisPath() {
    assertThat(
            HandlerClient.uri("10.244.0.7", 8186, HandlerApi.path("default", "vm1", "pause"))
                .toString())
        .isEqualTo(
            "https://10.244.0.7:8186/v1/namespaces/default/virtualmachineinstances/vm1/pause");
  }

  @Test
  void anIpv6AddressGoesInBrackets() {
    assertThat(HandlerClient.uri("fd00::5", 8186, "/v1/x").toString())
        .isEqualTo("https://[fd00::5]:8186/v1/x");
  }

  @Test
  void handlerPathsParseBackAndOthersDoNot() {
    assertThat(HandlerApi.parse(HandlerApi.path("ns", "vm", "softreboot")))
        .contains(new HandlerApi.Target("ns", "vm", "softreboot"));
    assertThat(HandlerApi.parse("/v1/namespaces/ns/pods/vm/pause")).isEmpty();
    assertThat(HandlerApi.parse("/v1/namespaces/ns/virtualmachineinstances/vm")).isEmpty();
    assertThat(HandlerApi.parse("/v1/namespaces//virtualmachineinstances/vm/pause")).isEmpty();
    assertThat(HandlerApi.parse("/v1/namespaces/ns/virtualmachineinstances/vm/pause/x")).isEmpty();
  }

  @Test
  void twoHundredsAreSuccess() {
    assertThat(new HandlerReply(202, "").ok()).isTrue();
    assertThat(new HandlerReply(409, "VMI is not paused").ok()).isFalse();
  }
}
