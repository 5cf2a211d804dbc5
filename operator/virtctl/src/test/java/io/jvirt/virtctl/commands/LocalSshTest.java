package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The local ssh and scp command lines, as upstream builds them. */
class LocalSshTest {
  private static final List<String> VIRTCTL = List.of("/usr/bin/java", "-jar", "/opt/virtctl.jar");

  @Test
  void sshGoesThroughAPortForwardProxyToKindNameNamespace() {
    LocalSsh local =
        new LocalSsh(
            VIRTCTL,
            List.of("--kubeconfig=/home/me/my config"),
            2222,
            Optional.of("/home/me/.ssh/id_ed25519"),
            Optional.empty(),
            List.of("-o", "StrictHostKeyChecking=no"));
    SshTarget target = SshTarget.parse("fedora@vm/testvm/ns1");

    assertThat(
            local.ssh(
                target.target(), target.target().namespaceOr("default"), target.user(), "uname -a"))
        .containsExactly(
            "ssh",
            "-o",
            "ProxyCommand=/usr/bin/java -jar /opt/virtctl.jar port-forward"
                + " '--kubeconfig=/home/me/my config' --stdio=true vm/testvm/ns1 2222",
            "-o",
            "StrictHostKeyChecking=no",
            "-i",
            "/home/me/.ssh/id_ed25519",
            "fedora@vm.testvm.ns1",
            "uname -a");
  }

  @Test
  void scpNamesTheRemoteSideUserAtHostColonPath() {
    LocalSsh local =
        new LocalSsh(VIRTCTL, List.of(), 22, Optional.empty(), Optional.of("/tmp/kh"), List.of());
    ForwardTarget vmi = ForwardTarget.parse("vmi/a");

    assertThat(local.scp(vmi, "default", true, false, "dir", "root@vmi.a.default:/tmp"))
        .containsExactly(
            "scp",
            "-o",
            "ProxyCommand=/usr/bin/java -jar /opt/virtctl.jar port-forward --stdio=true"
                + " vmi/a/default 22",
            "-o",
            "UserKnownHostsFile=/tmp/kh",
            "-r",
            "dir",
            "root@vmi.a.default:/tmp");
  }

  @Test
  void targetsAndRemotesParseAsUpstream() {
    assertThat(SshTarget.parse("vm/x").user()).isEmpty();
    assertThatThrownBy(() -> SshTarget.parse("@vm/x")).hasMessage("expected username before '@'");
    assertThatThrownBy(() -> SshTarget.parse("me@")).hasMessage("expected target after '@'");
    assertThat(ScpCommand.Remote.parse("me@vm/x/ns:/etc/hosts"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.path()).isEqualTo("/etc/hosts");
              assertThat(r.target().user()).hasValue("me");
              assertThat(r.target().target().namespace()).hasValue("ns");
            });
    assertThat(ScpCommand.Remote.parse("./local:file")).isEmpty();
    assertThat(ScpCommand.Remote.parse("C:/no")).isEmpty();
  }
}
