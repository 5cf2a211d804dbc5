package io.jvirt.apiserver.subresources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which request paths name a stream, and its port and protocol. */
class StreamTargetTest {
  private static final String NS = "/apis/subresources.kubevirt.io/v1/namespaces/default/";

  @Test
  void consoleAndVncOfVmisAreStreams() {
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/console"))
        .hasValueSatisfying(t -> assertThat(t.path().subresource()).isEqualTo("console"));
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/vnc/"))
        .hasValueSatisfying(t -> assertThat(t.path().subresource()).isEqualTo("vnc"));
    assertThat(StreamTarget.parse(NS + "virtualmachines/a/console")).isEmpty();
  }

  @Test
  void portForwardsNameAPortAndOptionallyAProtocol() {
    assertThat(StreamTarget.parse(NS + "virtualmachines/a/portforward/22"))
        .hasValueSatisfying(
            t -> {
              assertThat(t.path().resource()).isEqualTo("virtualmachines");
              assertThat(t.path().name()).isEqualTo("a");
              assertThat(t.port()).isEqualTo(22);
              assertThat(t.protocol()).isEqualTo("tcp");
            });
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/portforward/53/udp"))
        .hasValueSatisfying(t -> assertThat(t.protocol()).isEqualTo("udp"));
  }

  @Test
  void badPortsAreNoStreams() {
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/portforward/ssh")).isEmpty();
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/portforward/0")).isEmpty();
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/portforward/70000")).isEmpty();
    assertThat(StreamTarget.parse(NS + "virtualmachineinstances/a/portforward/22/tcp/x")).isEmpty();
    assertThat(StreamTarget.parse(NS + "pods/a/portforward/22")).isEmpty();
  }
}
