package io.jvirt.handler.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jvirt.handler.network.decide.Fixtures;
import io.jvirt.handler.network.decide.IpJson;
import io.jvirt.handler.network.decide.Ipv4Cidr;
import io.jvirt.handler.network.decide.PodLink;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phase 1 for real, as root, in a throw-away network namespace standing in for a launcher pod:
 * links, addresses, sysctls and the nft ruleset after the setup, nothing changed by a second run,
 * and traffic between a guest plugged into the bridge (a veth in place of the tap) and the node.
 */
class PodNetworkSetupNetnsTest {
  private final PodNetworkSetup setup = PodNetworkSetup.onNode();

  @BeforeAll
  static void needsRoot() {
    assumeTrue(TestPod.supported(), "needs root, ip, nft, nsenter and unshare");
  }

  private static Map<String, PodLink> links(TestPod pod) {
    return IpJson.links(pod.exec("ip -j -d addr show")).stream()
        .collect(Collectors.toMap(PodLink::name, Function.identity()));
  }

  /** What a second run must leave as it is (no timers, counters, IPv6 duplicate detection). */
  private static String rules(TestPod pod) {
    return pod.exec("nft list ruleset").replaceAll("counter packets \\d+ bytes \\d+", "counter");
  }

  private static String state(TestPod pod) {
    return links(pod)
        + pod.exec("ip -o link show")
        + pod.exec("ip -4 route show table all")
        + pod.exec("nft --stateless list ruleset");
  }

  @Test
  void masqueradeBuildsTheBridgeTapAndNatAndASecondRunChangesNothing() throws Exception {
    try (TestPod pod = TestPod.start()) {
      var vmi =
          Fixtures.vmi(
              "{\"name\": \"default\", \"masquerade\": {},"
                  + " \"ports\": [{\"port\": 22}, {\"port\": 53, \"protocol\": \"UDP\"}]}");
      String podMac = links(pod).get("eth0").mac();

      List<InterfacePlan> plans = setup.setUp(vmi, pod.pid());

      Map<String, PodLink> links = links(pod);
      PodLink bridge = links.get("k6t-eth0");
      assertThat(bridge.kind()).isEqualTo("bridge");
      assertThat(bridge.mac()).isEqualTo("02:00:00:00:00:00");
      assertThat(bridge.mtu()).isEqualTo(TestPod.MTU);
      assertThat(bridge.up()).isTrue();
      assertThat(bridge.ipv4()).containsExactly(Ipv4Cidr.parse("10.0.2.1/24"));
      PodLink tap = links.get("tap0");
      assertThat(tap.kind()).isEqualTo("tun");
      assertThat(tap.master()).isEqualTo("k6t-eth0");
      assertThat(tap.mtu()).isEqualTo(TestPod.MTU);
      assertThat(pod.exec("ip -j -d link show tap0"))
          .contains(
              "\"type\":\"tap\"",
              "\"pi\":false",
              "\"vnet_hdr\":true",
              "\"multi_queue\":false",
              "\"user\":\"root\"",
              "\"group\":\"root\"");
      assertThat(links.get("eth0").ipv4()).containsExactly(Ipv4Cidr.parse(TestPod.POD_IP));
      assertThat(pod.exec("cat /proc/sys/net/ipv4/conf/k6t-eth0/route_localnet")).isEqualTo("1\n");
      assertThat(pod.exec("cat /proc/sys/net/ipv4/ip_forward")).isEqualTo("1\n");
      // counters left out: a stray packet in the test's namespace (IPv6 solicitation, say) bumps
      // them
      assertThat(rules(pod))
          .contains(
              "table ip nat {",
              "chain prerouting {",
              "type nat hook prerouting priority dstnat; policy accept;",
              "iifname \"eth0\" counter jump KUBEVIRT_PREINBOUND",
              "type nat hook postrouting priority srcnat; policy accept;",
              "ip saddr 10.0.2.2 counter masquerade",
              "oifname \"k6t-eth0\" counter jump KUBEVIRT_POSTINBOUND",
              "tcp dport 22 counter dnat to 10.0.2.2",
              "udp dport 53 counter dnat to 10.0.2.2",
              "tcp dport 22 ip saddr 127.0.0.1 counter snat to 10.0.2.1",
              "ip daddr 127.0.0.1 tcp dport 22 counter dnat to 10.0.2.2",
              "tcp dport { 49152, 49153 } ip saddr 127.0.0.1 counter return");
      assertThat(plans).hasSize(1);
      assertThat(plans.get(0).getMac()).isEqualTo(podMac);
      assertThat(plans.get(0).getDhcp().getGuestIp()).isEqualTo("10.0.2.2");
      assertThat(plans.get(0).getDhcp().getHostname()).isEqualTo("testvm");
      assertThat(plans.get(0).getDhcp().getDnsServersList()).containsExactly("10.96.0.10");
      // the record lives in the pod's /run (the holder's tmpfs), not in the host's
      assertThat(pod.file("/run/kubevirt-private/network-setup.json")).exists();
      assertThat(Path.of("/run/kubevirt-private/network-setup.json")).doesNotExist();

      String before = state(pod);
      assertThat(setup.setUp(vmi, pod.pid())).isEqualTo(plans);
      assertThat(state(pod)).isEqualTo(before);

      natWorks(pod, plans.get(0).getMac());
    }
  }

  /**
   * With a guest on the bridge (10.0.2.2, as DHCP would make it): it reaches the node as the pod,
   * the node reaches its listed port 22 through the pod's IP, the pod through 127.0.0.1, and an
   * unlisted port stays closed.
   */
  private static void natWorks(TestPod pod, String mac) throws Exception {
    pod.attachGuest("k6t-eth0", mac, "10.0.2.2/24", "10.0.2.1");
    assertThat(TestPod.tryIn(pod.guestNamespace, "busybox ping -c 1 -W 2 " + TestPod.NODE_IP).ok())
        .as("guest -> node, masqueraded")
        .isTrue();
    assertThat(reply(pod, pod.nodeNamespace, "10.88.1.5", 22)).isEqualTo("guest-22");
    assertThat(reply(pod, pod.namespace, "127.0.0.1", 22)).isEqualTo("guest-22");
    Process closed =
        TestPod.startIn(pod.guestNamespace, "busybox nc -l -p 23 -e /bin/echo guest-23");
    try {
      CommandRunner.Result unlisted =
          TestPod.tryIn(pod.nodeNamespace, "busybox nc -w 2 10.88.1.5 23");
      assertThat(unlisted.stdout()).doesNotContain("guest-23");
    } finally {
      closed.destroy();
    }
  }

  /** What the guest's one-shot listener on {@code port} says to a client in {@code from}. */
  private static String reply(TestPod pod, String from, String address, int port) throws Exception {
    Process listener =
        TestPod.startIn(
            pod.guestNamespace, "busybox nc -l -p " + port + " -e /bin/echo guest-" + port);
    try {
      AtomicReference<String> answer = new AtomicReference<>();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                CommandRunner.Result result =
                    TestPod.tryIn(from, "busybox nc -w 2 " + address + " " + port);
                answer.set(result.stdout().trim());
                return result.ok() && !answer.get().isEmpty();
              });
      return answer.get();
    } finally {
      listener.destroy();
    }
  }

  @Test
  void bridgeHandsThePodAddressToTheGuestAndASecondRunChangesNothing() throws Exception {
    try (TestPod pod = TestPod.start()) {
      var vmi = Fixtures.vmi("{\"name\": \"default\", \"bridge\": {}}");
      String podMac = links(pod).get("eth0").mac();

      List<InterfacePlan> plans = setup.setUp(vmi, pod.pid());

      Map<String, PodLink> links = links(pod);
      PodLink nic = links.get("eth0-nic");
      assertThat(nic.kind()).isEqualTo("veth");
      assertThat(nic.master()).isEqualTo("k6t-eth0");
      assertThat(nic.ipv4()).isEmpty();
      assertThat(nic.up()).isTrue();
      assertThat(nic.mac()).isNotEqualTo(podMac).isEqualTo(links.get("k6t-eth0").mac());
      assertThat(pod.exec("ip -j -d link show eth0-nic")).contains("\"learning\":false");
      PodLink placeholder = links.get("eth0");
      assertThat(placeholder.kind()).isIn("dummy", "ifb");
      assertThat(placeholder.mac()).isEqualTo(podMac);
      assertThat(placeholder.mtu()).isEqualTo(TestPod.MTU);
      assertThat(placeholder.ipv4()).containsExactly(Ipv4Cidr.parse(TestPod.POD_IP));
      PodLink bridge = links.get("k6t-eth0");
      assertThat(bridge.ipv4()).containsExactly(Ipv4Cidr.parse("169.254.75.10/32"));
      assertThat(bridge.up()).isTrue();
      assertThat(bridge.mtu()).isEqualTo(TestPod.MTU);
      assertThat(links.get("tap0").master()).isEqualTo("k6t-eth0");
      assertThat(pod.exec("cat /proc/sys/net/ipv4/conf/all/arp_ignore")).isEqualTo("1\n");
      assertThat(pod.exec("nft list ruleset")).doesNotContain("table ip nat");

      InterfacePlan plan = plans.get(0);
      assertThat(plan.getMac()).isEqualTo(podMac);
      assertThat(plan.getDhcp().getClientMac()).isEqualTo(podMac);
      assertThat(plan.getDhcp().getServerIp()).isEqualTo("169.254.75.10");
      assertThat(plan.getDhcp().getGuestIp()).isEqualTo("10.88.1.5");
      assertThat(plan.getDhcp().getPrefixLength()).isEqualTo(16);
      assertThat(plan.getDhcp().getRouter()).isEqualTo(TestPod.NODE_IP);
      assertThat(plan.getDhcp().getRoutesList())
          .extracting(
              r -> r.getDestination() + "/" + r.getPrefixLength() + " via " + r.getGateway())
          .containsExactly("10.96.0.0/16 via 10.88.0.1");

      String before = state(pod);
      assertThat(setup.setUp(vmi, pod.pid())).isEqualTo(plans);
      assertThat(state(pod)).isEqualTo(before);
      assertThat(Files.readString(pod.file("/run/kubevirt-private/network-setup.json")))
          .contains("\"FINISHED\"");

      // a guest with the pod's MAC and IP (as DHCP gives them) is on the node's network
      pod.attachGuest("k6t-eth0", podMac, TestPod.POD_IP, TestPod.NODE_IP);
      assertThat(
              TestPod.tryIn(pod.guestNamespace, "busybox ping -c 1 -W 2 " + TestPod.NODE_IP).ok())
          .as("guest -> node through eth0-nic")
          .isTrue();
      assertThat(reply(pod, pod.nodeNamespace, "10.88.1.5", 22)).isEqualTo("guest-22");
    }
  }
}
