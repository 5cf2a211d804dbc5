package io.jvirt.launcher.dhcp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec against a DHCPDISCOVER captured from busybox udhcpc 1.35.0, and option encodings. */
class DhcpMessageTest {
  /** udhcpc -i veth-g with MAC 02:42:0a:58:01:05, received on UDP port 67 (300 bytes). */
  static final String UDHCPC_DISCOVER =
      "01010600382f0424000000000000000000000000000000000000000002420a58010500000000000000000000"
          + "0".repeat(2 * 192)
          + "638253633501013902024037070103060c0f1c2a3c0c756468637020312e33352e303d070102420a5801"
          + "05ff"
          + "0".repeat(2 * 20);

  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  @Test
  void parsesTheCapturedDiscover() {
    byte[] bytes = hex(UDHCPC_DISCOVER);
    assertThat(bytes).hasSize(300);

    DhcpMessage discover = DhcpMessage.parse(bytes, bytes.length);

    assertThat(discover.op()).isEqualTo(DhcpMessage.BOOTREQUEST);
    assertThat(discover.htype()).isEqualTo(1);
    assertThat(discover.hlen()).isEqualTo(6);
    assertThat(discover.xid()).isEqualTo(0x382f0424);
    assertThat(discover.flags()).isZero();
    assertThat(discover.ciaddr()).isZero();
    assertThat(discover.clientMac()).isEqualTo("02:42:0a:58:01:05");
    assertThat(discover.messageType()).isEqualTo(DhcpOptions.DISCOVER);
    assertThat(discover.options())
        .containsExactly(
            new DhcpOption(53, hex("01")),
            new DhcpOption(57, hex("0240")),
            new DhcpOption(55, hex("0103060c0f1c2a")),
            new DhcpOption(60, "udhcp 1.35.0".getBytes()),
            new DhcpOption(61, hex("0102420a580105")));
  }

  @Test
  void encodesTheCapturedDiscoverBackByteForByte() {
    byte[] bytes = hex(UDHCPC_DISCOVER);

    assertThat(DhcpMessage.parse(bytes, bytes.length).encode()).isEqualTo(bytes);
  }

  @Test
  void refusesWhatIsNotDhcp() {
    byte[] bytes = hex(UDHCPC_DISCOVER);
    assertThatThrownBy(() -> DhcpMessage.parse(bytes, 239))
        .isInstanceOf(MalformedDhcpException.class);
    byte[] bootp = bytes.clone();
    bootp[236] = 0;
    assertThatThrownBy(() -> DhcpMessage.parse(bootp, bootp.length))
        .hasMessageContaining("magic cookie");
    byte[] truncated = bytes.clone();
    truncated[241] = 100;
    assertThatThrownBy(() -> DhcpMessage.parse(truncated, 280)).hasMessageContaining("runs past");
  }

  @Test
  void classlessRoutesFollowRfc3442() {
    // RFC 3442 §3's destination encodings, and upstream's two-route example
    assertThat(
            DhcpOptions.classlessRoutes(
                List.of(
                    route("0.0.0.0", 0, "10.0.0.1"),
                    route("10.17.0.0", 16, "0.0.0.0"),
                    route("10.229.0.128", 25, "10.0.0.1"),
                    route("10.198.122.47", 32, "10.0.0.1"))))
        .isEqualTo(
            hex("000a000001" + "100a1100000000" + "190ae500800a000001" + "200ac67a2f0a000001"));
    assertThat(
            DhcpOptions.classlessRoutes(
                List.of(route("10.0.0.0", 8, "10.1.2.3"), route("192.168.1.0", 24, "192.168.2.3"))))
        .isEqualTo(
            new byte[] {
              8, 10, 10, 1, 2, 3, 24, (byte) 192, (byte) 168, 1, (byte) 192, (byte) 168, 2, 3
            });
  }

  @Test
  void domainSearchFollowsRfc3397AndIsSplitPastOneOption() {
    assertThat(DhcpOptions.domainSearch(List.of("example.com", "Eng.Apple.com")))
        .isEqualTo(hex("076578616d706c6503636f6d00" + "03656e67056170706c6503636f6d00"));
    assertThatThrownBy(() -> DhcpOptions.domainSearch(List.of("bad_domain!.com")))
        .hasMessageContaining("search domain is not valid");

    byte[] long300 = new byte[300];
    List<DhcpOption> split = DhcpOptions.split(119, long300);
    assertThat(split).extracting(o -> o.value().length).containsExactly(255, 45);
    assertThat(DhcpOptions.split(119, new byte[0])).hasSize(1);
  }

  private static DhcpOptions.StaticRoute route(String destination, int prefix, String router) {
    return new DhcpOptions.StaticRoute(Ipv4.parse(destination), prefix, Ipv4.parse(router));
  }
}
