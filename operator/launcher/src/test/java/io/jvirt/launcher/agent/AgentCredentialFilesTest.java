package io.jvirt.launcher.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each user gets from the VMI's qemuGuestAgent access credentials' mounted secrets. */
class AgentCredentialFilesTest {
  @TempDir Path mounts;

  @Test
  void everyLineOfEverySecretGoesToEachListedUser() throws IOException {
    secret("one", "a", "ssh-ed25519 AAAA1 one@x\n\n  ssh-rsa AAAA2 two@x  \n");
    secret("one", "..data", "ignored");
    secret("two", "key", "ssh-ed25519 AAAA3 three@x");
    secret("cloud", "key", "ssh-ed25519 AAAA4 cloud-init-only@x");

    var keys =
        AgentCredentialFiles.of(
                vmi(
                    "[{sshPublicKey: {source: {secret: {secretName: one}},"
                        + " propagationMethod: {qemuGuestAgent: {users: [jvirt, root]}}}},"
                        + " {sshPublicKey: {source: {secret: {secretName: two}},"
                        + " propagationMethod: {qemuGuestAgent: {users: [jvirt]}}}},"
                        + " {sshPublicKey: {source: {secret: {secretName: cloud}},"
                        + " propagationMethod: {noCloud: {}}}}]"),
                mounts::resolve)
            .get()
            .keys();

    assertThat(keys)
        .containsExactly(
            Map.entry(
                "jvirt",
                List.of(
                    "ssh-ed25519 AAAA1 one@x", "ssh-rsa AAAA2 two@x", "ssh-ed25519 AAAA3 three@x")),
            Map.entry("root", List.of("ssh-ed25519 AAAA1 one@x", "ssh-rsa AAAA2 two@x")));
  }

  @Test
  void eachFileOfAPasswordSecretNamesAUser() throws IOException {
    secret("passwords", "jvirt", "s3cret\n");
    secret("passwords", "root", "t00r");

    var credentials =
        AgentCredentialFiles.of(
                vmi(
                    "[{userPassword: {source: {secret: {secretName: passwords}},"
                        + " propagationMethod: {qemuGuestAgent: {}}}}]"),
                mounts::resolve)
            .get();

    assertThat(credentials.keys()).isEmpty();
    assertThat(credentials.passwords()).isEqualTo(Map.of("jvirt", "s3cret", "root", "t00r"));
    assertThat(credentials.commands())
        .containsExactly(
            "{\"execute\":\"guest-set-user-password\",\"arguments\":{\"username\":\"jvirt\","
                + "\"password\":\"czNjcmV0\",\"crypted\":false}}",
            "{\"execute\":\"guest-set-user-password\",\"arguments\":{\"username\":\"root\","
                + "\"password\":\"dDAwcg==\",\"crypted\":false}}");
  }

  @Test
  void aVmiWithoutAgentCredentialsHasNone() {
    assertThat(AgentCredentialFiles.of(vmi("[]"), mounts::resolve).get()).isNull();
    assertThat(
            AgentCredentialFiles.of(
                    vmi(
                        "[{sshPublicKey: {source: {secret: {secretName: c}},"
                            + " propagationMethod: {configDrive: {}}}}]"),
                    mounts::resolve)
                .get())
        .isNull();
  }

  @Test
  void aSecretThatIsNotMountedIsAnError() {
    var keys =
        AgentCredentialFiles.of(
            vmi(
                "[{sshPublicKey: {source: {secret: {secretName: missing}},"
                    + " propagationMethod: {qemuGuestAgent: {users: [jvirt]}}}}]"),
            mounts::resolve);

    assertThatThrownBy(keys::get)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing");
  }

  private void secret(String name, String file, String content) throws IOException {
    Path dir = Files.createDirectories(mounts.resolve(name));
    if (file.startsWith("..")) {
      Files.createDirectories(dir.resolve(file));
      return;
    }
    Files.writeString(dir.resolve(file), content);
  }

  private static VirtualMachineInstance vmi(String accessCredentials) {
    return Serialization.unmarshal(
        "apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata: {name: v}\n"
            + "spec: {domain: {devices: {}}, accessCredentials: "
            + accessCredentials
            + "}\n",
        VirtualMachineInstance.class);
  }
}
