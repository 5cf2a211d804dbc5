package io.jvirt.handler.network.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.api.v1.domain.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The masquerade NAT script, for all ports and for listed ports. */
class MasqueradeRulesTest {
  private static final String CHAINS =
      """
      add table ip nat
      add chain ip nat prerouting { type nat hook prerouting priority -100; }
      add chain ip nat input { type nat hook input priority 100; }
      add chain ip nat output { type nat hook output priority -100; }
      add chain ip nat postrouting { type nat hook postrouting priority 100; }
      add chain ip nat KUBEVIRT_PREINBOUND
      add chain ip nat KUBEVIRT_POSTINBOUND
      add rule ip nat postrouting ip saddr 10.0.2.2 counter masquerade
      add rule ip nat prerouting iifname "eth0" counter jump KUBEVIRT_PREINBOUND
      add rule ip nat postrouting oifname "k6t-eth0" counter jump KUBEVIRT_POSTINBOUND
      """;

  private static Port port(String protocol, int number) {
    Port port = new Port();
    port.setProtocol(protocol);
    port.setPort(number);
    return port;
  }

  @Test
  void withoutPortsEverythingGoesToTheGuest() {
    assertThat(MasqueradeRules.script("eth0", "k6t-eth0", "10.0.2.2", "10.0.2.1", null, false))
        .isEqualTo(
            CHAINS
                + """
                add rule ip nat KUBEVIRT_PREINBOUND counter dnat to 10.0.2.2
                add rule ip nat KUBEVIRT_POSTINBOUND ip saddr { 127.0.0.1 } counter snat to 10.0.2.1
                add rule ip nat output ip daddr { 127.0.0.1 } counter dnat to 10.0.2.2
                """);
  }

  @Test
  void listedPortsAloneAreForwardedAndLegacyMigrationPortsStayLocal() {
    assertThat(
            MasqueradeRules.script(
                "eth0",
                "k6t-eth0",
                "10.0.2.2",
                "10.0.2.1",
                List.of(port(null, 22), port("UDP", 5353)),
                true))
        .isEqualTo(
            CHAINS
                + """
                add rule ip nat output tcp dport { 49152, 49153 } ip saddr 127.0.0.1 counter return
                add rule ip nat KUBEVIRT_POSTINBOUND tcp dport { 49152, 49153 } ip saddr 127.0.0.1 counter return
                add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2
                add rule ip nat KUBEVIRT_POSTINBOUND tcp dport 22 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1
                add rule ip nat output ip daddr { 127.0.0.1 } tcp dport 22 counter dnat to 10.0.2.2
                add rule ip nat KUBEVIRT_PREINBOUND udp dport { 5353 } counter dnat to 10.0.2.2
                add rule ip nat KUBEVIRT_POSTINBOUND udp dport 5353 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1
                add rule ip nat output ip daddr { 127.0.0.1 } udp dport 5353 counter dnat to 10.0.2.2
                """);
  }

  @Test
  void badPortsAreRefused() {
    assertThatThrownBy(
            () ->
                MasqueradeRules.script(
                    "eth0", "k6t-eth0", "10.0.2.2", "10.0.2.1", List.of(port("icmp", 1)), false))
        .hasMessageContaining("use TCP, UDP or SCTP");
    assertThatThrownBy(
            () ->
                MasqueradeRules.script(
                    "eth0", "k6t-eth0", "10.0.2.2", "10.0.2.1", List.of(port("tcp", 0)), false))
        .hasMessageContaining("not a valid port");
  }
}
