package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.AccessCredentialSecretSource;
import io.jvirt.api.v1.access.NoCloudSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.QemuGuestAgentSSHPublicKeyAccessCredentialPropagation;
import io.jvirt.api.v1.access.QemuGuestAgentUserPasswordAccessCredentialPropagation;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialSource;
import io.jvirt.api.v1.access.UserPasswordAccessCredential;
import io.jvirt.api.v1.access.UserPasswordAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.UserPasswordAccessCredentialSource;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The guest agent of the Debian guest as a user sees it: AgentConnected, the guest's OS and
 * interface names in the VMI status, {@code virtctl guestosinfo}, {@code fslist} and {@code
 * userlist}, SSH keys delivered by accessCredentials (through the agent and through NoCloud), a
 * password the agent set used on the serial console, and a soft reboot through the agent that keeps
 * the same QEMU.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuestAgentE2E {
  private static final String VM = "agent";
  private static final String PASSWORD = "jvirt-e2e-Pa55";

  private static Jvirt jvirt;
  private static String namespace;
  private static GuestSsh ssh;
  private static Path cloudInitKey;
  private static Path agentKey;
  private static Path noCloudKey;

  @BeforeAll
  static void bootDebianWithAccessCredentials() {
    jvirt = Jvirt.get();
    LocalImages.ensureDebianLoaded(jvirt.cluster());
    namespace = jvirt.namespace("agent");
    ssh = new GuestSsh(jvirt, namespace);
    cloudInitKey = ssh.keygen("cloud-init");
    agentKey = ssh.keygen("agent");
    noCloudKey = ssh.keygen("nocloud");
    secret("agent-keys", ssh.publicKey(agentKey));
    secret("nocloud-keys", ssh.publicKey(noCloudKey));
    secret("passwords", Map.of("jvirt", PASSWORD + "\n"));
    // "default" keeps Debian's user debian, who gets the NoCloud metadata's keys
    String userData =
        Guests.jvirtUser(ssh.publicKey(cloudInitKey)).replace("users:\n", "users:\n- default\n");
    VirtualMachine vm = Guests.debian(jvirt.client(), VM, RunStrategy.ALWAYS, userData);
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .setAccessCredentials(
            List.of(
                credential(
                    "agent-keys",
                    new SSHPublicKeyAccessCredentialPropagationMethod()
                        .setQemuGuestAgent(
                            new QemuGuestAgentSSHPublicKeyAccessCredentialPropagation()
                                .setUsers(List.of("jvirt")))),
                credential(
                    "nocloud-keys",
                    new SSHPublicKeyAccessCredentialPropagationMethod()
                        .setNoCloud(new NoCloudSSHPublicKeyAccessCredentialPropagation())),
                new AccessCredential()
                    .setUserPassword(
                        new UserPasswordAccessCredential()
                            .setSource(
                                new UserPasswordAccessCredentialSource()
                                    .setSecret(
                                        new AccessCredentialSecretSource()
                                            .setSecretName("passwords")))
                            .setPropagationMethod(
                                new UserPasswordAccessCredentialPropagationMethod()
                                    .setQemuGuestAgent(
                                        new QemuGuestAgentUserPasswordAccessCredentialPropagation())))));
    long created = System.nanoTime();
    Guests.create(jvirt, namespace, vm);
    Guests.awaitRunning(jvirt, namespace, VM, null);
    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .alias("AgentConnected")
        .until(
            () -> Guests.condition(jvirt.vmi(namespace, VM), "AgentConnected", "True").isPresent());
    System.out.printf(
        "[figures] Debian VM created → AgentConnected in %.1f s%n",
        (System.nanoTime() - created) / 1e9);
  }

  @AfterAll
  static void removeNamespaceAndKeys() {
    if (namespace != null) {
      jvirt.deleteNamespace(namespace);
    }
    if (ssh != null) {
      ssh.close();
    }
  }

  @Test
  @Order(1)
  void theStatusNamesTheGuestOsAndTheGuestsInterface() {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(2))
        .alias("guestOSInfo and the agent's interface in the status")
        .until(
            () -> {
              var status = jvirt.vmi(namespace, VM).getStatus();
              return status.getGuestOSInfo() != null
                  && status.getInterfaces() != null
                  && "domain, guest-agent".equals(status.getInterfaces().get(0).getInfoSource());
            });
    VirtualMachineInstance vmi = jvirt.vmi(namespace, VM);
    var os = vmi.getStatus().getGuestOSInfo();
    assertThat(os.getId()).isEqualTo("debian");
    assertThat(os.getPrettyName()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
    assertThat(os.getVersionId()).isEqualTo("12");
    assertThat(os.getKernelRelease()).endsWith("-amd64");
    var nic = vmi.getStatus().getInterfaces().get(0);
    assertThat(nic.getName()).isEqualTo("default");
    assertThat(nic.getInterfaceName()).isEqualTo("eth0");
    String podIp =
        jvirt.launcherPods(namespace, vmi.getMetadata().getUid()).get(0).getStatus().getPodIP();
    // masquerade: the pod's IP stands; the guest's 10.0.2.2 and link-local IPv6 are not listed
    assertThat(nic.getIpAddress()).isEqualTo(podIp);
    assertThat(nic.getIpAddresses()).containsExactly(podIp);
  }

  @Test
  @Order(2)
  void virtctlPrintsGuestOsInfoAndFileSystems() {
    Commands.Result info = jvirt.virtctl("guestosinfo", VM, "-n", namespace);
    assertThat(info.exitCode()).as(info.output()).isZero();
    assertThat(info.output())
        .contains("\"guestAgentVersion\": \"7.2")
        .contains("\"prettyName\": \"Debian GNU/Linux 12 (bookworm)\"")
        .contains("\"hostname\": \"" + VM + "\"")
        .contains("\"name\": \"guest-ssh-add-authorized-keys\"")
        .contains("\"timezone\": ");

    Commands.Result fs = jvirt.virtctl("fslist", VM, "-n", namespace);
    assertThat(fs.exitCode()).as(fs.output()).isZero();
    assertThat(fs.output())
        .startsWith("{\n  \"metadata\": {},\n  \"items\": [")
        .contains("\"mountPoint\": \"/\"")
        .contains("\"fileSystemType\": \"ext4\"");
  }

  @Test
  @Order(3)
  void accessCredentialsDeliverKeysThroughTheAgentAndNoCloud() {
    await()
        .atMost(Duration.ofMinutes(2))
        .alias("AccessCredentialsSynchronized")
        .until(
            () ->
                Guests.condition(jvirt.vmi(namespace, VM), "AccessCredentialsSynchronized", "True")
                    .isPresent());
    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(3))
        .alias("ssh with the key the agent put in place")
        .until(() -> ssh.ssh("jvirt", VM, agentKey, "true").exitCode() == 0);

    assertThat(ssh.ssh("jvirt", VM, agentKey, "id -un").output()).isEqualTo("jvirt\n");
    assertThat(ssh.ssh("debian", VM, noCloudKey, "id -un").output()).isEqualTo("debian\n");
    // as upstream, the agent sets the user's keys: cloud-init's key for jvirt is replaced
    Commands.Result replaced = ssh.ssh("jvirt", VM, cloudInitKey, "true");
    assertThat(replaced.exitCode()).isEqualTo(255);
    assertThat(replaced.output()).contains("Permission denied (publickey)");
    var events =
        jvirt.client().v1().events().inNamespace(namespace).list().getItems().stream()
            .map(e -> e.getReason())
            .toList();
    assertThat(events).contains("AccessCredentialsSyncSuccess");
  }

  @Test
  @Order(5)
  void userlistShowsWhoIsLoggedIn() throws Exception {
    // a login with a terminal: utmp, which guest-get-users reads, records only those
    List<String> session = new ArrayList<>(ssh.sshArgs("jvirt", VM, agentKey, "sleep 90"));
    session.add("--local-ssh-opts=-tt");
    Process login =
        new ProcessBuilder(jvirt.virtctlCommand(session.toArray(String[]::new)))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(80))
          .pollInterval(Duration.ofSeconds(5))
          .alias("virtctl userlist listing jvirt")
          .until(
              () ->
                  jvirt
                      .virtctl("userlist", VM, "-n", namespace)
                      .output()
                      .contains("\"userName\": \"jvirt\""));
    } finally {
      login.descendants().forEach(ProcessHandle::destroy);
      login.destroy();
    }
  }

  @Test
  @Order(6)
  void aSoftRebootGoesThroughTheAgentAndKeepsTheQemuProcess() {
    String bootId = ssh.ssh("jvirt", VM, agentKey, "cat /proc/sys/kernel/random/boot_id").output();
    OptionalLong qemu = jvirt.qemuPid(namespace, VM);
    String uid = jvirt.vmi(namespace, VM).getMetadata().getUid();
    assertThat(qemu).isPresent();

    Commands.Result reboot = jvirt.virtctl("soft-reboot", VM, "-n", namespace);
    assertThat(reboot.exitCode()).as(reboot.output()).isZero();

    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(3))
        .alias("the guest booted again")
        .until(
            () -> {
              Commands.Result now =
                  ssh.ssh("jvirt", VM, agentKey, "cat /proc/sys/kernel/random/boot_id");
              return now.exitCode() == 0 && !now.output().equals(bootId);
            });
    assertThat(jvirt.qemuPid(namespace, VM)).isEqualTo(qemu);
    assertThat(jvirt.vmi(namespace, VM).getMetadata().getUid()).isEqualTo(uid);
  }

  @Test
  @Order(7)
  void aMissingVmiIsRefusedInOneLine() {
    Commands.Result refused = jvirt.virtctl("guestosinfo", "no-such-vmi", "-n", namespace);

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.output())
        .isEqualTo(
            "Error getting guestosinfo of VirtualMachineInstance no-such-vmi,"
                + " virtualmachineinstance.kubevirt.io \"no-such-vmi\" not found\n");
  }

  private static AccessCredential credential(
      String secret, SSHPublicKeyAccessCredentialPropagationMethod method) {
    return new AccessCredential()
        .setSshPublicKey(
            new SSHPublicKeyAccessCredential()
                .setSource(
                    new SSHPublicKeyAccessCredentialSource()
                        .setSecret(new AccessCredentialSecretSource().setSecretName(secret)))
                .setPropagationMethod(method));
  }

  @Test
  @Order(4)
  void thePasswordTheAgentSetLogsInOnTheSerialConsole() {
    Duration prompt = Duration.ofSeconds(60);
    try (VirtctlSession console = jvirt.virtctlSession("console", VM, "-n", namespace)) {
      console.type("\r");
      int at = console.awaitOutput("login:", 0, prompt);
      console.type("jvirt\r");
      at = console.awaitOutput("Password:", at, prompt);
      console.type(PASSWORD + "\r");
      at = console.awaitOutput("$ ", at, prompt);
      console.type("echo pw-$((6*7))\r");
      console.awaitOutput("pw-42", at, prompt);
      console.type("exit\r");
      console.type("\u001d");
      assertThat(console.awaitExit(Duration.ofSeconds(30))).isZero();
    }
  }

  private static void secret(String name, String publicKey) {
    secret(name, Map.of("key", publicKey + "\n"));
  }

  private static void secret(String name, Map<String, String> data) {
    jvirt
        .client()
        .secrets()
        .inNamespace(namespace)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withStringData(data)
                .build())
        .create();
  }
}
