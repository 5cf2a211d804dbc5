package io.jvirt.launcher.dhcp.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.launcher.dhcp.model.DhcpLease;
import io.jvirt.launcher.dhcp.model.DhcpMessage;
import io.jvirt.launcher.dhcp.model.DhcpOption;
import io.jvirt.launcher.dhcp.model.DhcpOptions;
import io.jvirt.launcher.dhcp.model.Ipv4;
import io.jvirt.node.rpc.launcher.v1.DhcpPlan;
import io.jvirt.node.rpc.launcher.v1.Route;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OFFER, ACK, NAK and silence of the single-client server, the OFFER checked byte for byte. */
class DhcpResponderTest {
  /** The DISCOVER busybox udhcpc 1.35.0 sent (see DhcpMessageTest). */
  private static final byte[] DISCOVER =
      HexFormat.of()
          .parseHex(
              "01010600382f0424000000000000000000000000000000000000000002420a58010500000000000000"
                  + "000000"
                  + "0".repeat(2 * 192)
                  + "638253633501013902024037070103060c0f1c2a3c0c756468637020312e33352e303d0701"
                  + "02420a580105ff"
                  + "0".repeat(2 * 20));

  private static final DhcpPlan MASQUERADE =
      DhcpPlan.newBuilder()
          .setBridge("k6t-eth0")
          .setServerIp("10.0.2.1")
          .setGuestIp("10.0.2.2")
          .setPrefixLength(24)
          .setRouter("10.0.2.1")
          .addDnsServers("10.96.0.10")
          .addSearchDomains("cluster.local")
          .setHostname("testvm")
          .setMtu(1400)
          .build();

  private final DhcpResponder masquerade = new DhcpResponder(DhcpLease.of(MASQUERADE));

  private static DhcpMessage discover() {
    return DhcpMessage.parse(DISCOVER, DISCOVER.length);
  }

  private static DhcpMessage request(int type, int ciaddr, List<DhcpOption> extra) {
    DhcpMessage discover = discover();
    List<DhcpOption> options = new ArrayList<>();
    options.add(DhcpOptions.byteOption(DhcpOptions.MESSAGE_TYPE, type));
    options.addAll(extra);
    return new DhcpMessage(
        1, 1, 6, 0, 0x11223344, 0, 0, ciaddr, 0, 0, 0, discover.chaddr(), null, null, options);
  }

  private static DhcpOption address(int code, String ip) {
    return DhcpOptions.addresses(code, List.of(Ipv4.parse(ip)));
  }

  @Test
  void offersTheLeaseWithEveryOptionByteForByte() {
    String expected =
        // op BOOTREPLY, htype Ethernet, hlen 6, hops 0; the client's xid; secs 0, flags as sent
        "02010600"
            + "382f0424"
            + "0000"
            + "0000"
            // ciaddr 0, yiaddr 10.0.2.2, siaddr 0, giaddr as sent (0)
            + "00000000"
            + "0a000202"
            + "00000000"
            + "00000000"
            // chaddr: the client's MAC, zero-filled to 16; sname and file empty
            + "02420a580105"
            + "00".repeat(10)
            + "00".repeat(64)
            + "00".repeat(128)
            + "63825363"
            + "350102" // 53 message type: OFFER
            + "36040a000201" // 54 server identifier 10.0.2.1
            + "330405250a80" // 51 lease 86313600 s = 999 days
            + "0104ffffff00" // 1 subnet mask /24
            + "03040a000201" // 3 router
            + "06040a60000a" // 6 DNS 10.96.0.10
            + "0c06"
            + hex("testvm") // 12 host name
            + "0f0d"
            + hex("cluster.local") // 15 domain name
            + "1a020578" // 26 MTU 1400
            + "1c040a0002ff" // 28 broadcast 10.0.2.255
            + "770f07"
            + hex("cluster")
            + "05"
            + hex("local")
            + "00" // 119 search
            + "ff";

    Optional<DhcpMessage> offer = masquerade.respond(discover());

    assertThat(offer).isPresent();
    assertThat(HexFormat.of().formatHex(offer.get().encode())).isEqualTo(expected);
  }

  @Test
  void acknowledgesARequestForTheLeaseAndRefusesAnyOther() {
    DhcpMessage selecting =
        request(
            DhcpOptions.REQUEST,
            0,
            List.of(
                address(DhcpOptions.REQUESTED_ADDRESS, "10.0.2.2"),
                address(DhcpOptions.SERVER_ID, "10.0.2.1")));
    DhcpMessage ack = masquerade.respond(selecting).orElseThrow();
    assertThat(ack.messageType()).isEqualTo(DhcpOptions.ACK);
    assertThat(ack.xid()).isEqualTo(0x11223344);
    assertThat(ack.yiaddr()).isEqualTo(Ipv4.parse("10.0.2.2"));
    assertThat(ack.option(DhcpOptions.LEASE_TIME)).isPresent();

    DhcpMessage renewing = request(DhcpOptions.REQUEST, Ipv4.parse("10.0.2.2"), List.of());
    DhcpMessage renewed = masquerade.respond(renewing).orElseThrow();
    assertThat(renewed.messageType()).isEqualTo(DhcpOptions.ACK);
    assertThat(renewed.ciaddr()).isEqualTo(Ipv4.parse("10.0.2.2"));

    DhcpMessage other =
        request(
            DhcpOptions.REQUEST, 0, List.of(address(DhcpOptions.REQUESTED_ADDRESS, "10.0.2.9")));
    DhcpMessage nak = masquerade.respond(other).orElseThrow();
    assertThat(nak.messageType()).isEqualTo(DhcpOptions.NAK);
    assertThat(nak.yiaddr()).isZero();
    assertThat(nak.options())
        .containsExactly(
            DhcpOptions.byteOption(DhcpOptions.MESSAGE_TYPE, DhcpOptions.NAK),
            address(DhcpOptions.SERVER_ID, "10.0.2.1"));
  }

  @Test
  void staysSilentForOtherServersOtherMessagesAndOtherClients() {
    assertThat(
            masquerade.respond(
                request(
                    DhcpOptions.REQUEST,
                    0,
                    List.of(
                        address(DhcpOptions.REQUESTED_ADDRESS, "10.0.2.2"),
                        address(DhcpOptions.SERVER_ID, "10.0.2.254")))))
        .isEmpty();
    for (int type :
        List.of(DhcpOptions.DECLINE, DhcpOptions.RELEASE, DhcpOptions.INFORM, DhcpOptions.OFFER)) {
      assertThat(masquerade.respond(request(type, 0, List.of()))).isEmpty();
    }
    DhcpMessage reply = masquerade.respond(discover()).orElseThrow();
    assertThat(masquerade.respond(reply)).as("a BOOTREPLY").isEmpty();

    DhcpResponder onlyOther =
        new DhcpResponder(
            DhcpLease.of(MASQUERADE.toBuilder().setClientMac("02:42:0A:58:01:06").build()));
    assertThat(onlyOther.respond(discover())).isEmpty();
    DhcpResponder onlyThis =
        new DhcpResponder(
            DhcpLease.of(MASQUERADE.toBuilder().setClientMac("02:42:0A:58:01:05").build()));
    assertThat(onlyThis.respond(discover())).isPresent();
  }

  @Test
  void theBridgeLeaseCarriesThePodRoutes() {
    DhcpLease lease =
        DhcpLease.of(
            DhcpPlan.newBuilder()
                .setServerIp("169.254.75.10")
                .setGuestIp("10.88.1.5")
                .setPrefixLength(16)
                .setRouter("10.88.0.1")
                .addRoutes(
                    Route.newBuilder()
                        .setDestination("10.96.0.0")
                        .setPrefixLength(16)
                        .setGateway("10.88.0.1"))
                .build());

    assertThat(lease.options())
        .containsExactly(
            DhcpOptions.addresses(DhcpOptions.SUBNET_MASK, List.of(Ipv4.mask(16))),
            address(DhcpOptions.ROUTER, "10.88.0.1"),
            address(DhcpOptions.BROADCAST_ADDRESS, "10.88.255.255"),
            new DhcpOption(
                DhcpOptions.CLASSLESS_ROUTES, HexFormat.of().parseHex("100a600a580001")));
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(text.getBytes());
  }
}
