package io.jvirt.launcher.cloudinit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.AccessCredentialSecretSource;
import io.jvirt.api.v1.access.ConfigDriveSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.NoCloudSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.QemuGuestAgentSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.QemuGuestAgentUserPasswordAccessCredentialPropagation;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialSource;
import io.jvirt.api.v1.access.UserPasswordAccessCredential;
import io.jvirt.api.v1.access.UserPasswordAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.UserPasswordAccessCredentialSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which mounted secrets feed a datasource's public keys. */
class PublicKeySecretsTest {
  private static final String DIR = "/var/run/kubevirt-private/secret/";

  private static final VirtualMachineInstance VMI =
      vmi(
          new VirtualMachineInstanceSpec()
              .setAccessCredentials(
                  List.of(
                      key("team", method().setNoCloud(noCloud())),
                      key("drive", method().setConfigDrive(configDrive())),
                      key(
                          "agent",
                          method()
                              .setQemuGuestAgent(
                                  new QemuGuestAgentSSHPublicKeyAccessCredentialPropagation()
                                      .setUsers(List.of("fedora")))),
                      password("passwords"),
                      key("ci", method().setNoCloud(noCloud())),
                      key("team", method().setNoCloud(noCloud())))));

  @Test
  void noCloudReadsTheSecretsPropagatedByNoCloudInSpecOrderEachOnce() {
    assertThat(PublicKeySecrets.directories(VMI, CloudInitSource.NO_CLOUD))
        .containsExactly(DIR + "team-access-cred", DIR + "ci-access-cred");
  }

  @Test
  void configDriveReadsOnlyTheSecretsPropagatedByConfigDrive() {
    assertThat(PublicKeySecrets.directories(VMI, CloudInitSource.CONFIG_DRIVE))
        .containsExactly(DIR + "drive-access-cred");
  }

  @Test
  void aVmiWithoutAccessCredentialsHasNoKeySecrets() {
    VirtualMachineInstance vmi = vmi(new VirtualMachineInstanceSpec());

    assertThat(PublicKeySecrets.directories(vmi, CloudInitSource.NO_CLOUD)).isEmpty();
  }

  private static VirtualMachineInstance vmi(VirtualMachineInstanceSpec spec) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setSpec(spec);
    return vmi;
  }

  private static SSHPublicKeyAccessCredentialPropagationMethod method() {
    return new SSHPublicKeyAccessCredentialPropagationMethod();
  }

  private static NoCloudSSHPublicKeyAccessCredentialPropagation noCloud() {
    return new NoCloudSSHPublicKeyAccessCredentialPropagation();
  }

  private static ConfigDriveSSHPublicKeyAccessCredentialPropagation configDrive() {
    return new ConfigDriveSSHPublicKeyAccessCredentialPropagation();
  }

  private static AccessCredential key(
      String secret, SSHPublicKeyAccessCredentialPropagationMethod method) {
    return new AccessCredential()
        .setSshPublicKey(
            new SSHPublicKeyAccessCredential()
                .setSource(
                    new SSHPublicKeyAccessCredentialSource()
                        .setSecret(new AccessCredentialSecretSource().setSecretName(secret)))
                .setPropagationMethod(method));
  }

  private static AccessCredential password(String secret) {
    return new AccessCredential()
        .setUserPassword(
            new UserPasswordAccessCredential()
                .setSource(
                    new UserPasswordAccessCredentialSource()
                        .setSecret(new AccessCredentialSecretSource().setSecretName(secret)))
                .setPropagationMethod(
                    new UserPasswordAccessCredentialPropagationMethod()
                        .setQemuGuestAgent(
                            new QemuGuestAgentUserPasswordAccessCredentialPropagation())));
  }
}
