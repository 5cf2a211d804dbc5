package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.virtctl.CommandFailedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The target and port arguments of port-forward, ssh and scp, parsed as upstream does. */
class ForwardArgumentsTest {
  @Test
  void targetsNameAKindANameAndMaybeANamespace() {
    assertThat(ForwardTarget.parse("vm/testvm"))
        .isEqualTo(new ForwardTarget("virtualmachines", "vm", "testvm", Optional.empty()));
    assertThat(ForwardTarget.parse("VirtualMachineInstances/a/ns1"))
        .isEqualTo(new ForwardTarget("virtualmachineinstances", "vmi", "a", Optional.of("ns1")));
  }

  @Test
  void badTargetsFailInUpstreamsWords() {
    assertThatThrownBy(() -> ForwardTarget.parse("testvm"))
        .isInstanceOf(CommandFailedException.class)
        .hasMessage("target must contain type and name separated by '/'");
    assertThatThrownBy(() -> ForwardTarget.parse("pod/x"))
        .hasMessage("unsupported resource type 'pod'");
    assertThatThrownBy(() -> ForwardTarget.parse("vm/a/b/c"))
        .hasMessage("target is not valid with more than two '/'");
    assertThatThrownBy(() -> ForwardTarget.parse("vm//ns")).hasMessage("name cannot be empty");
    assertThatThrownBy(() -> ForwardTarget.parse("vm/a/")).hasMessage("namespace cannot be empty");
  }

  @Test
  void portsDefaultToTcpAndTheSameRemotePort() {
    assertThat(ForwardedPort.parse("8080")).isEqualTo(new ForwardedPort("tcp", 8080, 8080));
    assertThat(ForwardedPort.parse("8080:80")).isEqualTo(new ForwardedPort("tcp", 8080, 80));
    assertThat(ForwardedPort.parse("udp/53:53")).isEqualTo(new ForwardedPort("udp", 53, 53));
    assertThat(ForwardedPort.parse("0:22")).isEqualTo(new ForwardedPort("tcp", 0, 22));
  }

  @Test
  void badPortsAreNamed() {
    assertThatThrownBy(() -> ForwardedPort.parse("http"))
        .hasMessage("invalid port 'http': http is not a port number");
    assertThatThrownBy(() -> ForwardedPort.parse("1:2:3"))
        .hasMessage("invalid port '1:2:3', missing local and/or remote port");
    assertThatThrownBy(() -> ForwardedPort.parse("8080:70000"))
        .hasMessage("invalid port '8080:70000': 70000 is not a port number");
  }
}
