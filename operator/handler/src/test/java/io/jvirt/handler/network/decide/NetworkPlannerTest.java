package io.jvirt.handler.network.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.node.rpc.launcher.v1.DhcpPlan;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import io.jvirt.node.rpc.launcher.v1.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phase 1 plans for masquerade and bridge, and the VMIs they refuse. */
class NetworkPlannerTest {
  private static final String MASQUERADE = "{\"name\": \"default\", \"masquerade\": {}}";
  private static final String BRIDGE = "{\"name\": \"default\", \"bridge\": {}}";

  private static List<List<String>> commands(NetworkPlan plan) {
    return plan.ops().stream().map(NetOp::command).toList();
  }

  @Test
  void masqueradeMakesABridgeWithTheGatewayATapAndTheNat() {
    NetworkPlan plan =
        NetworkPlanner.plan(Fixtures.vmi(MASQUERADE), Fixtures.pod(), NetworkPlanner.TapOwner.ROOT);

    assertThat(commands(plan))
        .containsExactly(
            List.of(
                "ip",
                "link",
                "add",
                "name",
                "k6t-eth0",
                "address",
                "02:00:00:00:00:00",
                "mtu",
                "1400",
                "type",
                "bridge"),
            List.of(
                "ip",
                "tuntap",
                "add",
                "dev",
                "tap0",
                "mode",
                "tap",
                "user",
                "0",
                "group",
                "0",
                "vnet_hdr"),
            List.of("ip", "link", "set", "dev", "tap0", "mtu", "1400", "master", "k6t-eth0", "up"),
            List.of("ip", "link", "set", "dev", "k6t-eth0", "up"),
            List.of("ip", "-4", "addr", "add", "10.0.2.1/24", "dev", "k6t-eth0"),
            List.of("sh", "-c", "echo 1 > /proc/sys/net/ipv4/conf/k6t-eth0/route_localnet"),
            List.of(
                "sh",
                "-c",
                "[ ! -e /proc/sys/net/ipv6/conf/k6t-eth0/disable_ipv6 ] || echo 1 >"
                    + " /proc/sys/net/ipv6/conf/k6t-eth0/disable_ipv6"),
            List.of("sh", "-c", "echo 1 > /proc/sys/net/ipv4/ip_forward"),
            List.of("nft", "-f", "-"));
    assertThat(plan.ops().get(plan.ops().size() - 1).stdin()).contains("add table ip nat\n");
    assertThat(plan.createdLinks()).containsExactly("k6t-eth0", "tap0");
    assertThat(plan.interfaces())
        .containsExactly(
            InterfacePlan.newBuilder()
                .setName("default")
                .setTap("tap0")
                .setMac("2a:50:bd:8d:15:d7")
                .setMtu(1400)
                .setDhcp(
                    DhcpPlan.newBuilder()
                        .setBridge("k6t-eth0")
                        .setServerIp("10.0.2.1")
                        .setGuestIp("10.0.2.2")
                        .setPrefixLength(24)
                        .setRouter("10.0.2.1")
                        .addDnsServers("10.96.0.10")
                        .addAllSearchDomains(
                            List.of("ns1.svc.cluster.local", "svc.cluster.local", "cluster.local"))
                        .setHostname("testvm")
                        .setMtu(1400))
                .build());
  }

  @Test
  void masqueradeTakesTheVmNetworkCidrTheSpecMacAndMultiQueue() {
    NetworkPlan plan =
        NetworkPlanner.plan(
            Fixtures.vmi(
                "{\"name\": \"default\", \"masquerade\": {}, \"macAddress\": \"02-AA-bb-00-00-01\"}",
                "{\"name\": \"default\", \"pod\": {\"vmNetworkCIDR\": \"192.168.7.0/26\"}}",
                ""),
            Fixtures.pod(),
            new NetworkPlanner.TapOwner(107, 107));

    InterfacePlan iface = plan.interfaces().get(0);
    assertThat(iface.getMac()).isEqualTo("02:aa:bb:00:00:01");
    assertThat(iface.getDhcp().getServerIp()).isEqualTo("192.168.7.1");
    assertThat(iface.getDhcp().getGuestIp()).isEqualTo("192.168.7.2");
    assertThat(iface.getDhcp().getPrefixLength()).isEqualTo(26);
    assertThat(commands(plan))
        .contains(
            List.of(
                "ip",
                "tuntap",
                "add",
                "dev",
                "tap0",
                "mode",
                "tap",
                "user",
                "107",
                "group",
                "107",
                "vnet_hdr"));

    var vmi = Fixtures.vmi(MASQUERADE);
    vmi.getSpec().getDomain().getDevices().setNetworkInterfaceMultiqueue(true);
    NetworkPlan multiQueue = NetworkPlanner.plan(vmi, Fixtures.pod(), NetworkPlanner.TapOwner.ROOT);
    assertThat(commands(multiQueue).get(1)).endsWith("vnet_hdr", "multi_queue");
    assertThat(commands(plan).get(1)).doesNotContain("multi_queue");
  }

  @Test
  void bridgeMovesThePodAddressToTheGuestBehindABridge() {
    NetworkPlan plan =
        NetworkPlanner.plan(Fixtures.vmi(BRIDGE), Fixtures.pod(), NetworkPlanner.TapOwner.ROOT);

    String nicMac = "2e:50:bd:8d:15:d7";
    assertThat(commands(plan))
        .containsExactly(
            List.of("ip", "link", "add", "name", "k6t-eth0", "address", nicMac, "type", "bridge"),
            List.of("ip", "link", "set", "dev", "eth0", "down"),
            List.of("ip", "link", "set", "dev", "eth0", "name", "eth0-nic"),
            List.of("ip", "addr", "flush", "dev", "eth0-nic"),
            List.of(
                "sh",
                "-c",
                "[ ! -e /proc/sys/net/ipv6/conf/eth0-nic/disable_ipv6 ] || echo 1 >"
                    + " /proc/sys/net/ipv6/conf/eth0-nic/disable_ipv6"),
            List.of("ip", "link", "set", "dev", "eth0-nic", "address", nicMac),
            List.of("ip", "link", "set", "dev", "eth0-nic", "master", "k6t-eth0"),
            List.of(
                "ip", "link", "set", "dev", "eth0-nic", "type", "bridge_slave", "learning", "off"),
            List.of("ip", "link", "set", "dev", "eth0-nic", "up"),
            List.of(
                "ip",
                "tuntap",
                "add",
                "dev",
                "tap0",
                "mode",
                "tap",
                "user",
                "0",
                "group",
                "0",
                "vnet_hdr"),
            List.of("ip", "link", "set", "dev", "tap0", "mtu", "1400", "master", "k6t-eth0", "up"),
            List.of("ip", "-4", "addr", "add", "169.254.75.10/32", "dev", "k6t-eth0"),
            List.of(
                "sh",
                "-c",
                "[ ! -e /proc/sys/net/ipv6/conf/k6t-eth0/disable_ipv6 ] || echo 1 >"
                    + " /proc/sys/net/ipv6/conf/k6t-eth0/disable_ipv6"),
            List.of("ip", "link", "set", "dev", "k6t-eth0", "up"),
            List.of(
                "ip",
                "link",
                "add",
                "name",
                "eth0",
                "address",
                "2a:50:bd:8d:15:d7",
                "mtu",
                "1400",
                "type",
                "dummy"),
            List.of("ip", "-4", "addr", "add", "10.88.1.5/16", "dev", "eth0"),
            List.of("sh", "-c", "echo 1 > /proc/sys/net/ipv4/conf/all/arp_ignore"));
  }

  @Test
  void bridgeHandsThePodAddressAndRoutesToTheGuest() {
    NetworkPlan plan =
        NetworkPlanner.plan(Fixtures.vmi(BRIDGE), Fixtures.pod(), NetworkPlanner.TapOwner.ROOT);

    assertThat(plan.interfaces())
        .containsExactly(
            InterfacePlan.newBuilder()
                .setName("default")
                .setTap("tap0")
                .setMac("2a:50:bd:8d:15:d7")
                .setMtu(1400)
                .setDhcp(
                    DhcpPlan.newBuilder()
                        .setBridge("k6t-eth0")
                        .setServerIp("169.254.75.10")
                        .setGuestIp("10.88.1.5")
                        .setPrefixLength(16)
                        .setRouter("10.88.0.1")
                        .addDnsServers("10.96.0.10")
                        .addAllSearchDomains(
                            List.of("ns1.svc.cluster.local", "svc.cluster.local", "cluster.local"))
                        .addRoutes(
                            Route.newBuilder()
                                .setDestination("10.96.0.0")
                                .setPrefixLength(16)
                                .setGateway("10.88.0.1"))
                        .setHostname("testvm")
                        .setMtu(1400)
                        .setClientMac("2a:50:bd:8d:15:d7"))
                .build());
  }

  @Test
  void bridgeGuestMacIsTheSpecsElseTheReportedOneAndTheNicNeverShowsIt() {
    var vmi = Fixtures.vmi(BRIDGE);
    vmi.setStatus(new io.jvirt.api.v1.VirtualMachineInstanceStatus());
    var reported = new io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface();
    reported.setName("default");
    reported.setMac("02:00:00:11:22:33");
    vmi.getStatus().setInterfaces(List.of(reported));

    NetworkPlan plan = NetworkPlanner.plan(vmi, Fixtures.pod(), NetworkPlanner.TapOwner.ROOT);

    assertThat(plan.interfaces().get(0).getMac()).isEqualTo("02:00:00:11:22:33");
    assertThat(plan.interfaces().get(0).getDhcp().getClientMac()).isEqualTo("02:00:00:11:22:33");
    assertThat(MacAddress.derivedNicMac("2e:50:bd:8d:15:d7", "2a:50:bd:8d:15:d7"))
        .isEqualTo("26:50:bd:8d:15:d7");
    assertThat(MacAddress.derivedNicMac("00:16:3e:00:00:01", null)).isEqualTo("06:16:3e:00:00:01");
  }

  @Test
  void bridgeRoutesKeepTheDefaultRouteLastAndDropThePodSubnet() {
    List<Route> routes =
        NetworkPlanner.classlessRoutes(
            List.of(
                new PodRoute(Ipv4Cidr.DEFAULT, "10.88.0.1", "eth0", "dhcp"),
                new PodRoute(Ipv4Cidr.parse("10.88.0.0/16"), "10.88.0.1", "eth0", ""),
                new PodRoute(Ipv4Cidr.parse("172.16.3.0/24"), null, "eth0", "static")),
            Ipv4Cidr.parse("10.88.1.5/16"));

    assertThat(routes)
        .extracting(r -> r.getDestination() + "/" + r.getPrefixLength() + " " + r.getGateway())
        .containsExactly("172.16.3.0/24 0.0.0.0", "0.0.0.0/0 10.88.0.1");
  }

  @Test
  void aSubdomainPutsItsServiceDomainFirst() {
    NetworkPlan plan =
        NetworkPlanner.plan(
            Fixtures.vmi(
                MASQUERADE, "{\"name\": \"default\", \"pod\": {}}", "\"subdomain\": \"web\","),
            Fixtures.pod(),
            NetworkPlanner.TapOwner.ROOT);

    assertThat(plan.interfaces().get(0).getDhcp().getSearchDomainsList())
        .containsExactly(
            "web.ns1.svc.cluster.local",
            "ns1.svc.cluster.local",
            "svc.cluster.local",
            "cluster.local");
  }

  @Test
  void aVmiWithoutInterfacesNeedsNothing() {
    var vmi = Fixtures.vmi(MASQUERADE);
    vmi.getSpec().getDomain().getDevices().setInterfaces(List.of());

    assertThat(NetworkPlanner.plan(vmi, Fixtures.pod(), NetworkPlanner.TapOwner.ROOT).isEmpty())
        .isTrue();
  }

  @Test
  void unsupportedSetupsAreRefusedWithAReason() {
    assertThatThrownBy(
            () ->
                NetworkPlanner.podInterfaces(
                    Fixtures.vmi(
                        BRIDGE,
                        "{\"name\": \"default\", \"multus\": {\"networkName\": \"blue\"}}",
                        "")))
        .isInstanceOf(PodNetworkException.class)
        .hasMessageContaining("secondary (Multus) network");
    assertThatThrownBy(
            () ->
                NetworkPlanner.podInterfaces(
                    Fixtures.vmi(
                        "{\"name\": \"default\", \"masquerade\": {},"
                            + " \"macAddress\": \"02:00:00:00:00:00\"}")))
        .hasMessageContaining("reserved for the in-pod bridge");
    assertThatThrownBy(
            () ->
                NetworkPlanner.podInterfaces(
                    Fixtures.vmi(
                        "{\"name\": \"default\", \"bridge\": {}, \"macAddress\": \"zz\"}")))
        .hasMessageContaining("is not valid");
    assertThatThrownBy(
            () ->
                NetworkPlanner.podInterfaces(
                    Fixtures.vmi("{\"name\": \"default\", \"sriov\": {}}")))
        .hasMessageContaining("masquerade or bridge binding");
    assertThatThrownBy(
            () ->
                NetworkPlanner.podInterfaces(
                    Fixtures.vmi(MASQUERADE, "{\"name\": \"other\", \"pod\": {}}", "")))
        .hasMessageContaining("has no network");
    assertThatThrownBy(
            () ->
                NetworkPlanner.plan(
                    Fixtures.vmi(
                        MASQUERADE,
                        "{\"name\": \"default\", \"pod\": {\"vmNetworkCIDR\": \"10.0.0.0/31\"}}",
                        ""),
                    Fixtures.pod(),
                    NetworkPlanner.TapOwner.ROOT))
        .hasMessageContaining("too small");
  }
}
