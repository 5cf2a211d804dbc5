package io.jvirt.handler.network.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Links and routes read from iproute2's JSON (captured from a pod-like namespace). */
class IpJsonTest {
  @Test
  void readsLinksWithTheirKindMacMtuMasterAndIpv4() {
    String json =
        """
        [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,\
        "link_type":"loopback","address":"00:00:00:00:00:00","addr_info":[{"family":"inet",\
        "local":"127.0.0.1","prefixlen":8}]},\
        {"ifindex":2,"link_index":2,"ifname":"eth0","flags":["BROADCAST","MULTICAST","UP",\
        "LOWER_UP"],"mtu":1400,"qdisc":"noqueue","operstate":"UP","link_type":"ether",\
        "address":"2a:50:bd:8d:15:d7","linkinfo":{"info_kind":"veth"},"addr_info":[{"family":\
        "inet","local":"10.88.1.5","prefixlen":16,"scope":"global","label":"eth0"},{"family":\
        "inet6","local":"fe80::2850:bdff:fe8d:15d7","prefixlen":64,"scope":"link"}]},\
        {"ifindex":4,"ifname":"tap0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],\
        "mtu":1400,"master":"k6t-eth0","address":"ce:1f:00:00:00:01","linkinfo":{"info_kind":\
        "tun","info_slave_kind":"bridge"},"addr_info":[]}]
        """;

    assertThat(IpJson.links(json))
        .containsExactly(
            new PodLink(
                "lo",
                "",
                "00:00:00:00:00:00",
                65536,
                true,
                null,
                List.of(Ipv4Cidr.parse("127.0.0.1/8"))),
            new PodLink(
                "eth0",
                "veth",
                "2a:50:bd:8d:15:d7",
                1400,
                true,
                null,
                List.of(Ipv4Cidr.parse("10.88.1.5/16"))),
            new PodLink("tap0", "tun", "ce:1f:00:00:00:01", 1400, true, "k6t-eth0", List.of()));
  }

  @Test
  void readsUnicastRoutes() {
    String json =
        """
        [{"dst":"default","gateway":"10.88.0.1","dev":"eth0","flags":[]},\
        {"dst":"10.88.0.0/16","dev":"eth0","protocol":"kernel","scope":"link",\
        "prefsrc":"10.88.1.5","flags":[]},\
        {"type":"blackhole","dst":"10.1.0.0/16","flags":[]},\
        {"dst":"10.96.0.0/16","gateway":"10.88.0.1","dev":"eth0","flags":[]}]
        """;

    assertThat(IpJson.routes(json))
        .containsExactly(
            new PodRoute(Ipv4Cidr.DEFAULT, "10.88.0.1", "eth0", ""),
            new PodRoute(Ipv4Cidr.parse("10.88.0.0/16"), null, "eth0", "kernel"),
            new PodRoute(Ipv4Cidr.parse("10.96.0.0/16"), "10.88.0.1", "eth0", ""));
  }

  @Test
  void resolvConfGivesNameserversAndSearchOrTheDefaults() {
    String conf =
        "# kubelet\nsearch NS1.svc.cluster.local cluster.local\nnameserver 10.96.0.10\n"
            + "nameserver fd00::10\noptions ndots:5\n";
    assertThat(ResolvConf.nameservers(conf)).containsExactly("10.96.0.10");
    assertThat(ResolvConf.searchDomains(conf))
        .containsExactly("ns1.svc.cluster.local", "cluster.local");
    assertThat(ResolvConf.nameservers("")).containsExactly("8.8.8.8");
    assertThat(ResolvConf.searchDomains("")).containsExactly("cluster.local");
  }

  @Test
  void cidrsParseAndCompute() {
    Ipv4Cidr cidr = Ipv4Cidr.parse("10.88.1.5/16");
    assertThat(cidr.network()).isEqualTo(Ipv4Cidr.parse("10.88.0.0/16"));
    assertThat(cidr.host(1).toString()).isEqualTo("10.88.0.1/16");
    assertThat(cidr.contains(Ipv4Cidr.parseAddress("10.88.255.255"))).isTrue();
    assertThat(cidr.contains(Ipv4Cidr.parseAddress("10.89.0.1"))).isFalse();
    assertThat(Ipv4Cidr.parse("255.255.255.255").toString()).isEqualTo("255.255.255.255/32");
    assertThat(Ipv4Cidr.isAddress("10.0.0.256")).isFalse();
    assertThat(Ipv4Cidr.isAddress("1.2.3")).isFalse();
    assertThat(Ipv4Cidr.parse("169.254.75.10/32").isGlobalUnicast()).isFalse();
  }
}
