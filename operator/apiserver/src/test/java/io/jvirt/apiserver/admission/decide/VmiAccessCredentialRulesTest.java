package io.jvirt.apiserver.admission.decide;

import static io.jvirt.apiserver.admission.decide.AdmissionFixtures.disk;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.jvirt.api.v1.volume.CloudInitConfigDriveSource;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.api.v1.volume.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** spec.accessCredentials through the shared spec rules: each upstream rule, field and message. */
class VmiAccessCredentialRulesTest {
  private static final String FIRST = "spec.accessCredentials[0]";

  /** A credential on the fixture VMI with a NoCloud volume, and the single error it causes. */
  record Case(String name, AccessCredential credential, String field, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<AccessCredential> valid() {
    return Stream.of(
        ssh("keys", method().setNoCloud(new NoCloudSSHPublicKeyAccessCredentialPropagation())),
        ssh("keys", agent("fedora", "root")),
        password("passwords", passwordByAgent()));
  }

  static Stream<Case> broken() {
    return Stream.of(
        new Case(
            "configDrive without a configDrive volume",
            ssh(
                "keys",
                method().setConfigDrive(new ConfigDriveSSHPublicKeyAccessCredentialPropagation())),
            FIRST + ".sshPublicKey.propagationMethod",
            FIRST
                + " requires a configDrive volume to exist when the configDrive propagationMethod"
                + " is in use."),
        new Case(
            "qemuGuestAgent with no users",
            ssh("keys", agent()),
            FIRST + ".sshPublicKey.propagationMethod.qemuGuestAgent.users",
            FIRST + " requires at least one user to be present in the users list"),
        new Case(
            "qemuGuestAgent without the users list",
            ssh(
                "keys",
                method()
                    .setQemuGuestAgent(
                        new QemuGuestAgentSSHPublicKeyAccessCredentialPropagation())),
            FIRST + ".sshPublicKey.propagationMethod.qemuGuestAgent.users",
            FIRST + " requires at least one user to be present in the users list"),
        new Case(
            "ssh key without a source",
            sshFrom(null, agent("fedora")),
            FIRST + ".sshPublicKey.source",
            FIRST + " must have exactly one source set"),
        new Case(
            "ssh key with an empty source",
            sshFrom(new SSHPublicKeyAccessCredentialSource(), agent("fedora")),
            FIRST + ".sshPublicKey.source",
            FIRST + " must have exactly one source set"),
        new Case(
            "ssh key without a propagation method",
            ssh("keys", null),
            FIRST + ".sshPublicKey.propagationMethod",
            FIRST + " must have exactly one propagationMethod set"),
        new Case(
            "ssh key with an empty propagation method",
            ssh("keys", method()),
            FIRST + ".sshPublicKey.propagationMethod",
            FIRST + " must have exactly one propagationMethod set"),
        new Case(
            "ssh key with two propagation methods",
            ssh(
                "keys",
                agent("fedora").setNoCloud(new NoCloudSSHPublicKeyAccessCredentialPropagation())),
            FIRST + ".sshPublicKey.propagationMethod",
            FIRST + " must have exactly one propagationMethod set"),
        new Case(
            "password without a source",
            password(null, passwordByAgent()),
            FIRST + ".userPassword.source",
            FIRST + " must have exactly one source set"),
        new Case(
            "password without a propagation method",
            password("passwords", null),
            FIRST + ".userPassword.propagationMethod",
            FIRST + " must have exactly one propagationMethod set"),
        new Case(
            "password with an empty propagation method",
            password("passwords", new UserPasswordAccessCredentialPropagationMethod()),
            FIRST + ".userPassword.propagationMethod",
            FIRST + " must have exactly one propagationMethod set"),
        new Case(
            "an entry with no credential",
            new AccessCredential(),
            FIRST,
            FIRST + " must have exactly one access credential type set"),
        new Case(
            "an entry with both credentials",
            ssh("keys", agent("fedora"))
                .setUserPassword(password("passwords", passwordByAgent()).getUserPassword()),
            FIRST,
            FIRST + " must have exactly one access credential type set"));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void upstreamsValidCredentialsAreAdmitted(AccessCredential credential) {
    assertThat(VmiSpecRules.check(withNoCloud(credential), "spec.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void eachBrokenRuleIsReportedOnItsField(Case broken) {
    assertThat(VmiSpecRules.check(withNoCloud(broken.credential()), "spec."))
        .containsExactly(new FieldError(broken.field(), broken.message()));
  }

  @Test
  void noCloudPropagationNeedsANoCloudVolume() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    addCloudInit(spec, new Volume().setCloudInitConfigDrive(configDrive()));
    spec.setAccessCredentials(
        List.of(
            ssh(
                "keys",
                method().setNoCloud(new NoCloudSSHPublicKeyAccessCredentialPropagation()))));

    assertThat(VmiSpecRules.check(spec, "spec."))
        .containsExactly(
            new FieldError(
                FIRST + ".sshPublicKey.propagationMethod",
                FIRST
                    + " requires a noCloud volume to exist when the noCloud propagationMethod is"
                    + " in use."));
  }

  @Test
  void configDrivePropagationWithAConfigDriveVolumeIsAdmitted() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    addCloudInit(spec, new Volume().setCloudInitConfigDrive(configDrive()));
    spec.setAccessCredentials(
        List.of(
            ssh(
                "keys",
                method()
                    .setConfigDrive(new ConfigDriveSSHPublicKeyAccessCredentialPropagation()))));

    assertThat(VmiSpecRules.check(spec, "spec.")).isEmpty();
  }

  @Test
  void aTemplatesCredentialsAreReportedUnderItsPathAndByIndex() {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    spec.setAccessCredentials(
        List.of(password("passwords", passwordByAgent()), ssh("keys", agent())));

    assertThat(VmiSpecRules.check(spec, "spec.template.spec."))
        .containsExactly(
            new FieldError(
                "spec.template.spec.accessCredentials[1].sshPublicKey.propagationMethod"
                    + ".qemuGuestAgent.users",
                "spec.template.spec.accessCredentials[1] requires at least one user to be present"
                    + " in the users list"));
  }

  /** Upstream admits it; virt-controller then mounts the secret once. */
  @Test
  void oneSecretForTwoCredentialsIsAdmitted() {
    VirtualMachineInstanceSpec spec =
        withNoCloud(
            ssh("keys", method().setNoCloud(new NoCloudSSHPublicKeyAccessCredentialPropagation())));
    spec.getAccessCredentials().add(ssh("keys", agent("fedora")));

    assertThat(VmiSpecRules.check(spec, "spec.")).isEmpty();
  }

  private static VirtualMachineInstanceSpec withNoCloud(AccessCredential credential) {
    VirtualMachineInstanceSpec spec = AdmissionFixtures.vmi().getSpec();
    addCloudInit(
        spec, new Volume().setCloudInitNoCloud(new CloudInitNoCloudSource().setUserData("#!")));
    spec.setAccessCredentials(new ArrayList<>(List.of(credential)));
    return spec;
  }

  private static void addCloudInit(VirtualMachineInstanceSpec spec, Volume volume) {
    spec.getVolumes().add(volume.setName("cloudinitdisk"));
    spec.getDomain().getDevices().getDisks().add(disk("cloudinitdisk"));
  }

  private static CloudInitConfigDriveSource configDrive() {
    return new CloudInitConfigDriveSource().setUserData("#!");
  }

  private static SSHPublicKeyAccessCredentialPropagationMethod method() {
    return new SSHPublicKeyAccessCredentialPropagationMethod();
  }

  private static SSHPublicKeyAccessCredentialPropagationMethod agent(String... users) {
    return method()
        .setQemuGuestAgent(
            new QemuGuestAgentSSHPublicKeyAccessCredentialPropagation().setUsers(List.of(users)));
  }

  private static UserPasswordAccessCredentialPropagationMethod passwordByAgent() {
    return new UserPasswordAccessCredentialPropagationMethod()
        .setQemuGuestAgent(new QemuGuestAgentUserPasswordAccessCredentialPropagation());
  }

  private static AccessCredential ssh(
      String secret, SSHPublicKeyAccessCredentialPropagationMethod method) {
    return sshFrom(new SSHPublicKeyAccessCredentialSource().setSecret(secret(secret)), method);
  }

  private static AccessCredential sshFrom(
      SSHPublicKeyAccessCredentialSource source,
      SSHPublicKeyAccessCredentialPropagationMethod method) {
    return new AccessCredential()
        .setSshPublicKey(
            new SSHPublicKeyAccessCredential().setSource(source).setPropagationMethod(method));
  }

  private static AccessCredential password(
      String secret, UserPasswordAccessCredentialPropagationMethod method) {
    return new AccessCredential()
        .setUserPassword(
            new UserPasswordAccessCredential()
                .setSource(
                    new UserPasswordAccessCredentialSource()
                        .setSecret(secret == null ? null : secret(secret)))
                .setPropagationMethod(method));
  }

  private static AccessCredentialSecretSource secret(String name) {
    return new AccessCredentialSecretSource().setSecretName(name);
  }
}
