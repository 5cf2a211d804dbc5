package io.jvirt.handler.vmi.decide;

import static io.jvirt.handler.vmi.decide.NodeFixtures.domain;
import static io.jvirt.handler.vmi.decide.NodeFixtures.observe;
import static io.jvirt.handler.vmi.decide.NodeFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.vmi.GuestOSInfo;
import io.jvirt.handler.vmi.decide.DomainView.GuestNic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the guest agent's report puts into the VMI status: the OS and the interfaces. */
class GuestAgentStatusTest {
  private static final GuestOSInfo DEBIAN =
      new GuestOSInfo().setName("Debian GNU/Linux").setId("debian").setVersionId("12");

  @Test
  void copiesTheGuestOsAndMergesTheAgentsInterfacesByMac() {
    VirtualMachineInstanceStatus status =
        decide(
            DEBIAN,
            List.of(
                new GuestNic(
                    "enp1s0",
                    "52:54:00:12:34:56",
                    List.of("10.0.2.2", "fe80::5054:ff:fe12:3456", "fd10::2")),
                new GuestNic("docker0", "02:42:ac:11:00:01", List.of("172.17.0.1"))));

    assertThat(status.getGuestOSInfo()).isEqualTo(DEBIAN);
    assertThat(status.getInterfaces()).hasSize(2);
    var primary = status.getInterfaces().get(0);
    assertThat(primary.getName()).isEqualTo("default");
    assertThat(primary.getInterfaceName()).isEqualTo("enp1s0");
    assertThat(primary.getInfoSource()).isEqualTo("domain, guest-agent");
    // the pod's IPv4 stands; the guest's IPv6 fills the family the pod has none of
    assertThat(primary.getIpAddresses())
        .containsExactly("10.88.1.7", "fe80::5054:ff:fe12:3456", "fd10::2");
    var extra = status.getInterfaces().get(1);
    assertThat(extra.getName()).isNull();
    assertThat(extra.getInterfaceName()).isEqualTo("docker0");
    assertThat(extra.getInfoSource()).isEqualTo("guest-agent");
    assertThat(extra.getIpAddress()).isEqualTo("172.17.0.1");
  }

  @Test
  void withoutAnAgentReportTheStatusIsTheDomainsAlone() {
    VirtualMachineInstanceStatus status = decide(null, List.of());

    assertThat(status.getGuestOSInfo()).isNull();
    assertThat(status.getInterfaces())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getInfoSource()).isEqualTo("domain");
              assertThat(i.getInterfaceName()).isNull();
            });
  }

  @Test
  void theSameReportTwiceWritesNothingTheSecondTime() {
    var vmi = vmi(VirtualMachineInstancePhase.RUNNING);
    var domain =
        agentDomain(DEBIAN, List.of(new GuestNic("enp1s0", "52:54:00:12:34:56", List.of())));
    vmi.setStatus(NodeDecider.decide(observe(vmi, domain, LauncherReach.CONNECTED)).status());

    assertThat(NodeDecider.decide(observe(vmi, domain, LauncherReach.CONNECTED)).status()).isNull();
  }

  @Test
  void accessCredentialPropagationIsAConditionAndAnEventWhenItChanges() {
    var vmi = vmi(VirtualMachineInstancePhase.RUNNING);
    var synced = agentDomain(null, List.of(), new DomainView.CredentialSync(true, ""));
    NodeDecision first = NodeDecider.decide(observe(vmi, synced, LauncherReach.CONNECTED));

    assertThat(first.status().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("AccessCredentialsSynchronized");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("AccessCredentialsSyncSuccess");
            });
    assertThat(first.events()).contains(NodeEvent.credentials(true, ""));

    vmi.setStatus(first.status());
    assertThat(NodeDecider.decide(observe(vmi, synced, LauncherReach.CONNECTED)).events())
        .noneMatch(e -> e.reason().startsWith("AccessCredentials"));

    var failed =
        agentDomain(
            null, List.of(), new DomainView.CredentialSync(false, "guest agent: not responding"));
    NodeDecision second = NodeDecider.decide(observe(vmi, failed, LauncherReach.CONNECTED));
    assertThat(second.status().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("AccessCredentialsSynchronized");
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getMessage()).isEqualTo("guest agent: not responding");
            });
    assertThat(second.events())
        .contains(NodeEvent.credentials(false, "guest agent: not responding"));
  }

  private static VirtualMachineInstanceStatus decide(GuestOSInfo os, List<GuestNic> nics) {
    return NodeDecider.decide(
            observe(
                vmi(VirtualMachineInstancePhase.SCHEDULED),
                agentDomain(os, nics),
                LauncherReach.CONNECTED))
        .status();
  }

  private static DomainView agentDomain(GuestOSInfo os, List<GuestNic> nics) {
    return agentDomain(os, nics, null);
  }

  private static DomainView agentDomain(
      GuestOSInfo os, List<GuestNic> nics, DomainView.CredentialSync credentials) {
    DomainView d = domain("Running", "Booted");
    return new DomainView(
        d.exists(),
        d.vmiUid(),
        d.state(),
        d.reason(),
        d.machineType(),
        d.currentMemoryBytes(),
        d.interfaceMacs(),
        d.diskTargets(),
        false,
        0,
        30,
        "",
        true,
        os,
        nics,
        credentials);
  }
}
