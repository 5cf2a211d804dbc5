package io.jvirt.launcher.dhcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jvirt.node.rpc.launcher.v1.DhcpPlan;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import io.jvirt.node.rpc.launcher.v1.Route;
import io.jvirt.testing.Commands;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DHCP server for real, as root: it runs in a namespace standing in for the launcher pod and
 * busybox udhcpc asks it for a lease from a second namespace standing in for the guest; the options
 * udhcpc hands its script are checked one by one, for a masquerade and a bridge plan.
 */
class DhcpServerNetnsTest {
  private static final String GUEST_MAC = "02:42:0a:58:01:05";
  private static final List<String> SEARCH =
      List.of("ns1.svc.cluster.local", "svc.cluster.local", "cluster.local");

  private static final InterfacePlan MASQUERADE =
      InterfacePlan.newBuilder()
          .setName("default")
          .setTap("tap0")
          .setMac(GUEST_MAC)
          .setMtu(TestNetwork.MTU)
          .setDhcp(
              DhcpPlan.newBuilder()
                  .setBridge("k6t-eth0")
                  .setServerIp("10.0.2.1")
                  .setGuestIp("10.0.2.2")
                  .setPrefixLength(24)
                  .setRouter("10.0.2.1")
                  .addAllDnsServers(List.of("10.96.0.10", "10.96.0.11"))
                  .addAllSearchDomains(SEARCH)
                  .setHostname("testvm")
                  .setMtu(TestNetwork.MTU))
          .build();

  private static final InterfacePlan BRIDGE =
      InterfacePlan.newBuilder()
          .setName("default")
          .setTap("tap0")
          .setMac(GUEST_MAC)
          .setMtu(TestNetwork.MTU)
          .setDhcp(
              DhcpPlan.newBuilder()
                  .setBridge("k6t-eth0")
                  .setServerIp("169.254.75.10")
                  .setGuestIp("10.88.1.5")
                  .setPrefixLength(16)
                  .setRouter("10.88.0.1")
                  .addDnsServers("10.96.0.10")
                  .addAllSearchDomains(SEARCH)
                  .addRoutes(
                      Route.newBuilder()
                          .setDestination("10.96.0.0")
                          .setPrefixLength(16)
                          .setGateway("10.88.0.1"))
                  .setHostname("testvm")
                  .setMtu(TestNetwork.MTU)
                  .setClientMac(GUEST_MAC))
          .build();

  @TempDir Path dir;
  private Path script;

  @BeforeAll
  static void needsRoot() {
    assumeTrue(TestNetwork.supported(), "needs root, ip and busybox");
  }

  @BeforeEach
  void clientScript() throws Exception {
    script = dir.resolve("udhcpc.sh");
    Files.writeString(
        script,
        """
        #!/bin/sh
        [ "$1" = bound ] || exit 0
        for v in ip subnet mask router dns hostname domain search mtu staticroutes serverid \
        lease broadcast; do
          eval "echo $v=\\"\\$$v\\""
        done
        """);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** What udhcpc in the guest's namespace got, empty when it got no lease. */
  private Map<String, String> lease(TestNetwork network, int tries) {
    Commands.Result result =
        network.tryInGuest(
            List.of(
                "busybox",
                "udhcpc",
                "-i",
                "eth0",
                "-n",
                "-q",
                "-f",
                "-t",
                Integer.toString(tries),
                "-T",
                "1",
                "-s",
                script.toString()));
    Map<String, String> env = new LinkedHashMap<>();
    if (result.exitCode() != 0) {
      assertThat(result.output()).contains("no lease");
      return env;
    }
    for (String line : result.output().split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0 && !line.startsWith("udhcpc")) {
        env.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return env;
  }

  @Test
  void theGuestOfAMasqueradeInterfaceGetsTheVmSubnetLease() throws Exception {
    try (TestNetwork network = TestNetwork.start("10.0.2.1/24", GUEST_MAC);
        DhcpServers servers = new DhcpServers()) {
      network.inPodNamespace(
          () -> {
            servers.start(List.of(MASQUERADE));
            return null;
          });

      assertThat(lease(network, 3))
          .containsExactlyInAnyOrderEntriesOf(
              Map.ofEntries(
                  Map.entry("ip", "10.0.2.2"),
                  Map.entry("subnet", "255.255.255.0"),
                  Map.entry("mask", "24"),
                  Map.entry("router", "10.0.2.1"),
                  Map.entry("dns", "10.96.0.10 10.96.0.11"),
                  Map.entry("hostname", "testvm"),
                  Map.entry("domain", "ns1.svc.cluster.local"),
                  Map.entry("search", String.join(" ", SEARCH)),
                  Map.entry("mtu", "1400"),
                  Map.entry("staticroutes", ""),
                  Map.entry("serverid", "10.0.2.1"),
                  Map.entry("lease", "86313600"),
                  Map.entry("broadcast", "10.0.2.255")));
      assertThat(servers.running()).containsExactly("default");
    }
  }

  @Test
  void theGuestOfABridgeInterfaceGetsThePodAddressAndRoutesAndNoOtherClientDoes() throws Exception {
    try (TestNetwork network = TestNetwork.start("169.254.75.10/32", GUEST_MAC);
        DhcpServers servers = new DhcpServers()) {
      network.inPodNamespace(
          () -> {
            servers.start(List.of(BRIDGE));
            servers.start(List.of(BRIDGE));
            return null;
          });

      assertThat(lease(network, 3))
          .containsExactlyInAnyOrderEntriesOf(
              Map.ofEntries(
                  Map.entry("ip", "10.88.1.5"),
                  Map.entry("subnet", "255.255.0.0"),
                  Map.entry("mask", "16"),
                  Map.entry("router", "10.88.0.1"),
                  Map.entry("dns", "10.96.0.10"),
                  Map.entry("hostname", "testvm"),
                  Map.entry("domain", "ns1.svc.cluster.local"),
                  Map.entry("search", String.join(" ", SEARCH)),
                  Map.entry("mtu", "1400"),
                  Map.entry("staticroutes", "10.96.0.0/16 10.88.0.1"),
                  Map.entry("serverid", "169.254.75.10"),
                  Map.entry("lease", "86313600"),
                  Map.entry("broadcast", "10.88.255.255")));

      network.inGuest("ip link set eth0 address 02:42:0a:58:01:99");
      assertThat(lease(network, 2)).as("a client with another MAC").isEmpty();

      servers.stop("default");
      network.inGuest("ip link set eth0 address " + GUEST_MAC);
      assertThat(lease(network, 2)).as("after stop").isEmpty();
    }
  }

  @Test
  void aTakenPortOrAnAddressNotInThePodIsAClearError() throws Exception {
    try (TestNetwork network = TestNetwork.start("10.0.2.1/24", GUEST_MAC)) {
      network.inPodNamespace(
          () -> {
            InterfacePlan elsewhere =
                MASQUERADE.toBuilder()
                    .setDhcp(MASQUERADE.getDhcp().toBuilder().setServerIp("10.9.9.9"))
                    .build();
            assertThatThrownBy(() -> DhcpServer.start(elsewhere))
                .isInstanceOf(DhcpServerException.class)
                .hasMessageStartingWith(
                    "cannot start the DHCP server of interface default: cannot bind 10.9.9.9:67,"
                        + " is the address on bridge k6t-eth0?");
            try (DatagramChannel other = DatagramChannel.open(StandardProtocolFamily.INET)) {
              other.bind(new InetSocketAddress(67));
              assertThatThrownBy(() -> new DhcpServers().start(List.of(MASQUERADE)))
                  .isInstanceOf(DhcpServerException.class)
                  .hasMessageStartingWith(
                      "cannot start the DHCP server of interface default: UDP port 67 is taken"
                          + " in the pod (is another DHCP server running?)");
            }
            // the port is free again once the other program has gone
            DhcpServer.start(MASQUERADE).close();
            return null;
          });
    }
  }
}
