package io.jvirt.handler.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.handler.network.decide.Fixtures;
import io.jvirt.handler.network.decide.NetworkPlanner;
import io.jvirt.handler.network.decide.PodNetworkException;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of phase 1's commands, its record in the pod, and its second run, with a fake node. */
class PodNetworkSetupTest {
  private static final int PID = 4242;
  private static final String MASQUERADE = "{\"name\": \"default\", \"masquerade\": {}}";
  private static final String ETH0 =
      "{\"ifname\":\"eth0\",\"flags\":[\"UP\"],\"mtu\":1400,\"address\":\"2a:50:bd:8d:15:d7\","
          + "\"linkinfo\":{\"info_kind\":\"veth\"},\"addr_info\":[{\"family\":\"inet\","
          + "\"local\":\"10.88.1.5\",\"prefixlen\":16}]}";
  private static final String SET_UP =
      "[" + ETH0 + ",{\"ifname\":\"k6t-eth0\",\"mtu\":1400},{\"ifname\":\"tap0\",\"mtu\":1400}]";
  private static final String ROUTES =
      "[{\"dst\":\"10.88.0.0/16\",\"dev\":\"eth0\",\"protocol\":\"kernel\"},"
          + "{\"dst\":\"10.96.0.0/16\",\"gateway\":\"10.88.0.1\",\"dev\":\"eth0\"}]";

  @TempDir Path proc;
  private Path root;
  private final FakeNode node = new FakeNode();

  /** Answers the discovery commands and records every command. */
  static final class FakeNode implements CommandRunner {
    final List<String> commands = new ArrayList<>();
    String links = "[" + ETH0 + "]";
    String failing;
    String failure = "RTNETLINK answers: Operation not permitted\n";

    @Override
    public Result run(List<String> command, String stdin) {
      assertThat(command.subList(0, 3)).containsExactly("nsenter", "--target", "4242");
      String line = String.join(" ", command.subList(5, command.size()));
      commands.add(command.get(3) + " " + line);
      if (line.equals(failing)) {
        return new Result(2, "", failure);
      }
      return switch (line) {
        case "ip -j -d addr show" -> new Result(0, links, "");
        case "ip -j -4 route show table main" -> new Result(0, ROUTES, "");
        case "cat /proc/sys/kernel/hostname" -> new Result(0, "testvm\n", "");
        default -> new Result(0, "", "");
      };
    }
  }

  @BeforeEach
  void pod() throws IOException {
    root = proc.resolve(Integer.toString(PID)).resolve("root");
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("run/kubevirt-private"));
    Files.createDirectories(root.resolve("var"));
    // Debian's absolute link: followed inside the pod's root, never to the host's /run
    Files.createSymbolicLink(root.resolve("var/run"), Path.of("/run"));
    Files.writeString(
        root.resolve("etc/resolv.conf"),
        "search ns1.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\n");
  }

  @AfterEach
  void removeTheLinkToRun() throws IOException {
    Files.delete(root.resolve("var/run"));
  }

  private PodNetworkSetup setup() {
    return new PodNetworkSetup(node, proc, NetworkPlanner.TapOwner.ROOT);
  }

  @Test
  void discoversRecordsThenChangesThePodAndASecondRunChangesNothing() throws IOException {
    List<InterfacePlan> first = setup().setUp(Fixtures.vmi(MASQUERADE), PID);

    assertThat(node.commands)
        .containsExactly(
            "--net ip -j -d addr show",
            "--net ip -j -4 route show table main",
            "--uts cat /proc/sys/kernel/hostname",
            "--net ip link add name k6t-eth0 address 02:00:00:00:00:00 mtu 1400 type bridge",
            "--net ip tuntap add dev tap0 mode tap user 0 group 0 vnet_hdr",
            "--net ip link set dev tap0 mtu 1400 master k6t-eth0 up",
            "--net ip link set dev k6t-eth0 up",
            "--net ip -4 addr add 10.0.2.1/24 dev k6t-eth0",
            "--net sh -c echo 1 > /proc/sys/net/ipv4/conf/k6t-eth0/route_localnet",
            "--net sh -c [ ! -e /proc/sys/net/ipv6/conf/k6t-eth0/disable_ipv6 ] || echo 1 >"
                + " /proc/sys/net/ipv6/conf/k6t-eth0/disable_ipv6",
            "--net sh -c echo 1 > /proc/sys/net/ipv4/ip_forward",
            "--net nft -f -");
    Path record = root.resolve("run/kubevirt-private/network-setup.json");
    assertThat(Files.readString(record)).contains("\"FINISHED\"", "\"10.88.1.5/16\"", "testvm");
    assertThat(first.get(0).getDhcp().getDnsServersList()).containsExactly("10.96.0.10");

    node.commands.clear();
    node.links = SET_UP;
    List<InterfacePlan> second = setup().setUp(Fixtures.vmi(MASQUERADE), PID);

    assertThat(second).isEqualTo(first);
    assertThat(node.commands).containsExactly("--net ip -j -d addr show");
  }

  @Test
  void aFailedChangeIsReportedAndTheHalfDoneSetupIsNotResumed() {
    node.failing = "ip link set dev k6t-eth0 up";

    assertThatThrownBy(() -> setup().setUp(Fixtures.vmi(MASQUERADE), PID))
        .isInstanceOf(PodNetworkException.class)
        .hasMessage(
            "in the launcher pod (pid 4242): ip link set dev k6t-eth0 up failed (2):"
                + " RTNETLINK answers: Operation not permitted");

    node.commands.clear();
    assertThatThrownBy(() -> setup().setUp(Fixtures.vmi(MASQUERADE), PID))
        .hasMessageContaining("interrupted half-way");
    assertThat(node.commands).isEmpty();
  }

  @Test
  void linksThatAreAlreadyThereWithoutARecordOrGoneWithOneAreErrors() {
    node.links = SET_UP;
    assertThatThrownBy(() -> setup().setUp(Fixtures.vmi(MASQUERADE), PID))
        .hasMessageContaining("already has link k6t-eth0 but no record");

    node.links = "[" + ETH0 + "]";
    setup().setUp(Fixtures.vmi(MASQUERADE), PID);
    assertThatThrownBy(() -> setup().setUp(Fixtures.vmi(MASQUERADE), PID))
        .hasMessageContaining("link k6t-eth0 is gone");
  }

  @Test
  void anIfbLinkStandsInForTheDummyWhereTheKernelHasNoDummyDriver() {
    node.failing = "ip link add name eth0 address 2a:50:bd:8d:15:d7 mtu 1400 type dummy";
    node.failure = "Error: Unknown device type.\n";

    setup().setUp(Fixtures.vmi("{\"name\": \"default\", \"bridge\": {}}"), PID);

    assertThat(node.commands)
        .containsSubsequence(
            "--net " + node.failing,
            "--net ip link add name eth0 address 2a:50:bd:8d:15:d7 mtu 1400 type ifb",
            "--net ip -4 addr add 10.88.1.5/16 dev eth0");
  }

  @Test
  void aVmiWithoutPodInterfacesLeavesThePodAlone() {
    var vmi = Fixtures.vmi(MASQUERADE);
    vmi.getSpec().getDomain().getDevices().setInterfaces(List.of());

    assertThat(setup().setUp(vmi, PID)).isEmpty();
    assertThat(node.commands).isEmpty();
  }
}
