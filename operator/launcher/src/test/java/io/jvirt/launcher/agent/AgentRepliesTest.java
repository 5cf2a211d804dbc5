package io.jvirt.launcher.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.jvirt.api.v1.guestagent.GuestUser;
import io.jvirt.node.rpc.launcher.v1.GuestInterface;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guest agent replies read into the report, and the report in upstream's shapes. */
class AgentRepliesTest {
  // shapes as qemu-guest-agent 7.2 (Debian bookworm) answers them
  private static final String OS =
      """
      {"return": {"name": "Debian GNU/Linux", "kernel-release": "6.1.0-57-amd64",
       "version": "12 (bookworm)", "pretty-name": "Debian GNU/Linux 12 (bookworm)",
       "version-id": "12", "kernel-version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.153-1",
       "machine": "x86_64", "id": "debian"}}
      """;
  private static final String INTERFACES =
      """
      {"return": [
        {"name": "lo", "ip-addresses": [{"ip-address-type": "ipv4", "ip-address": "127.0.0.1",
          "prefix": 8}], "hardware-address": "00:00:00:00:00:00"},
        {"name": "enp1s0", "ip-addresses": [
          {"ip-address-type": "ipv4", "ip-address": "10.0.2.2", "prefix": 24},
          {"ip-address-type": "ipv6", "ip-address": "fe80::5054:ff:fe12:3456", "prefix": 64}],
         "hardware-address": "52:54:00:12:34:56"}]}
      """;
  private static final String FS_INFO =
      """
      {"return": [{"name": "vda1", "total-bytes": 2040373248, "mountpoint": "/",
        "disk": [{"serial": "abc", "bus-type": "virtio", "bus": 0, "unit": 0, "target": 0,
          "dev": "/dev/vda1"}], "used-bytes": 712151040, "type": "ext4"}]}
      """;

  @Test
  void readsTheOsInStatusFieldNames() {
    var os = AgentReplies.os(OS);

    assertThat(os.getName()).isEqualTo("Debian GNU/Linux");
    assertThat(os.getPrettyName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
    assertThat(os.getVersionId()).isEqualTo("12");
    assertThat(os.getKernelRelease()).isEqualTo("6.1.0-57-amd64");
    assertThat(os.getId()).isEqualTo("debian");
    assertThat(os.getMachine()).isEqualTo("x86_64");
  }

  @Test
  void leavesLoopbackOutAndKeepsEveryAddress() {
    List<GuestInterface> nics = AgentReplies.interfaces(INTERFACES);

    assertThat(nics).hasSize(1);
    assertThat(nics.get(0).getInterfaceName()).isEqualTo("enp1s0");
    assertThat(nics.get(0).getMac()).isEqualTo("52:54:00:12:34:56");
    assertThat(nics.get(0).getIpAddressesList())
        .containsExactly("10.0.2.2", "fe80::5054:ff:fe12:3456");
  }

  @Test
  void readsFileSystemsWithTheirDisks() {
    var fs = AgentReplies.fileSystems(FS_INFO).get(0);

    assertThat(fs.getDiskName()).isEqualTo("vda1");
    assertThat(fs.getMountPoint()).isEqualTo("/");
    assertThat(fs.getFileSystemType()).isEqualTo("ext4");
    assertThat(fs.getUsedBytes()).isEqualTo(712151040L);
    assertThat(fs.getTotalBytes()).isEqualTo(2040373248L);
    assertThat(fs.getDisk())
        .singleElement()
        .satisfies(d -> assertThat(d.getBusType()).isEqualTo("virtio"));
  }

  @Test
  void showsTheTimezoneAsUpstreamDoes() {
    assertThat(AgentReplies.timezone("{\"return\": {\"zone\": \"UTC\", \"offset\": 0}}"))
        .isEqualTo("UTC, 0");
    assertThat(AgentReplies.timezone("{\"return\": {\"offset\": 3600}}")).isEqualTo(", 3600");
  }

  @Test
  void readsUsersAndTheAgentVersion() {
    List<GuestUser> users =
        AgentReplies.users("{\"return\": [{\"user\": \"jvirt\", \"login-time\": 1764892800.25}]}");
    var version =
        AgentReplies.version(
            "{\"return\": {\"version\": \"7.2.19\", \"supported_commands\": [{\"enabled\": true,"
                + " \"name\": \"guest-get-osinfo\", \"success-response\": true},"
                + " {\"enabled\": false, \"name\": \"guest-exec\", \"success-response\": true}]}}");

    assertThat(users)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.getUserName()).isEqualTo("jvirt");
              assertThat(u.getDomain()).isNull();
              assertThat(u.getLoginTime()).isEqualTo(1764892800.25);
            });
    assertThat(version.version()).isEqualTo("7.2.19");
    assertThat(version.commands()).hasSize(2);
    assertThat(version.commands().get(1).isEnabled()).isFalse();
  }

  @Test
  void refusesWhatIsNotAnAgentReply() {
    assertThatThrownBy(() -> AgentReplies.os("{\"error\": {\"class\": \"CommandNotFound\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no return value");
    assertThatThrownBy(() -> AgentReplies.os("not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportShapesMatchUpstreamsSubresources() {
    GuestAgentReport report =
        GuestAgentReport.EMPTY
            .withOs(AgentReplies.os(OS))
            .withHostname("debian")
            .withTimezone("UTC, 0")
            .withFileSystems(AgentReplies.fileSystems(FS_INFO))
            .withUsers(
                Collections.nCopies(
                    12,
                    AgentReplies.users("{\"return\": [{\"user\": \"jvirt\", \"login-time\": 1.5}]}")
                        .get(0)));

    String info = Serialization.asJson(report.info());
    assertThat(info)
        .contains("\"hostname\":\"debian\"")
        .contains("\"prettyName\":\"Debian GNU/Linux 12 (bookworm)\"")
        .contains("\"fsInfo\":{\"disks\":[{\"diskName\":\"vda1\"")
        .doesNotContain("supportedCommands");
    assertThat(report.info().getUserList()).hasSize(10);
    assertThat(report.userList().getItems()).hasSize(12);
    assertThat(Serialization.asJson(GuestAgentReport.EMPTY.userList()))
        .isEqualTo("{\"metadata\":{},\"items\":[]}");
    assertThat(Serialization.asJson(GuestAgentReport.EMPTY.info()))
        .isEqualTo("{\"os\":{},\"fsInfo\":{}}");
  }
}
