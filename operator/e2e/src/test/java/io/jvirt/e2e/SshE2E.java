package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.testing.Commands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code virtctl ssh} and {@code virtctl scp} into the Debian guest, through the local OpenSSH
 * client and virtctl's port-forward: a command as the cloud-init user with a key made here, a wrong
 * key refused, a file copied there and back, and a stopped or missing VM refused in upstream's
 * words.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SshE2E {
  private static final String VM = "debian";
  private static final String USER = "jvirt";

  /**
   * What the local ssh adds when its ProxyCommand (virtctl port-forward, which printed why) ends
   * before the server spoke, as under upstream's virtctl.
   */
  private static final String SSH_SAW_NO_SERVER =
      "kex_exchange_identification: Connection closed by remote host";

  private static Jvirt jvirt;
  private static String namespace;
  private static GuestSsh guestSsh;
  private static Path key;
  private static Path wrongKey;

  @BeforeAll
  static void bootDebianUntilSshAnswers() throws IOException {
    jvirt = Jvirt.get();
    LocalImages.ensureDebianLoaded(jvirt.cluster());
    namespace = jvirt.namespace("ssh");
    guestSsh = new GuestSsh(jvirt, namespace);
    key = guestSsh.keygen("key");
    wrongKey = guestSsh.keygen("wrong");
    long created = System.nanoTime();
    Guests.create(
        jvirt,
        namespace,
        Guests.debian(
            jvirt.client(), VM, RunStrategy.ALWAYS, Guests.jvirtUser(guestSsh.publicKey(key))));
    Guests.awaitRunning(jvirt, namespace, VM, null);
    // sshd comes up about a minute after the VMI is Running under TCG; until then the
    // port-forward is refused and ssh exits 255
    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(3))
        .alias("virtctl ssh answering")
        .until(() -> ssh(key, "true").exitCode() == 0);
    System.out.printf(
        "[figures] Debian VM created → first successful virtctl ssh command in %.1f s%n",
        (System.nanoTime() - created) / 1e9);
  }

  @AfterAll
  static void removeNamespaceAndKeys() {
    jvirt.deleteNamespace(namespace);
    guestSsh.close();
  }

  @Test
  @Order(1)
  void aCommandRunsAsTheCloudInitUser() {
    long started = System.nanoTime();
    Commands.Result osRelease = ssh(key, "cat /etc/os-release; id -un");
    System.out.printf(
        "[figures] virtctl ssh command on the booted guest in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
    assertThat(osRelease.exitCode()).as(osRelease.output()).isZero();
    assertThat(osRelease.output())
        .contains("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"")
        .contains("ID=debian")
        .endsWith(USER + "\n");
  }

  @Test
  @Order(2)
  void aWrongKeyIsRefusedInOneLineAndLeavesNothingRunning() {
    Commands.Result refused = ssh(wrongKey, "true");
    assertThat(refused.exitCode()).isEqualTo(255);
    // ssh ends its fatal lines with \r\n
    assertThat(refused.output().lines())
        .containsExactly(USER + "@vm." + VM + "." + namespace + ": Permission denied (publickey).");
    await()
        .atMost(Duration.ofSeconds(10))
        .alias("no port-forward of virtctl left running")
        .until(() -> portForwards().isEmpty());
  }

  @Test
  @Order(3)
  void scpCopiesAFileThereAndBackUnchanged() throws IOException {
    byte[] data = new byte[1 << 20];
    new SecureRandom().nextBytes(data);
    Path up = Files.write(guestSsh.dir().resolve("up.bin"), data);
    Path down = guestSsh.dir().resolve("down.bin");
    String remote = USER + "@vm/" + VM + ":/tmp/x";
    long started = System.nanoTime();
    Commands.Result there = scp(up.toString(), remote);
    assertThat(there.exitCode()).as(there.output()).isZero();
    Commands.Result back = scp(remote, down.toString());
    assertThat(back.exitCode()).as(back.output()).isZero();
    System.out.printf(
        "[figures] virtctl scp of 1 MiB there and back in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
    assertThat(Files.mismatch(up, down)).isEqualTo(-1L);
  }

  @Test
  @Order(4)
  void aMissingVmIsRefusedInUpstreamsWords() {
    Commands.Result refused =
        jvirt.virtctl(guestSsh.sshArgs(USER, "no-such-vm", key, "true").toArray(String[]::new));
    assertThat(refused.exitCode()).isEqualTo(255);
    assertThat(refused.output().lines())
        .containsExactly(
            "Can't connect to websocket (404): virtualmachine.kubevirt.io \"no-such-vm\" not found",
            SSH_SAW_NO_SERVER);
  }

  @Test
  @Order(5)
  void aStoppedVmIsRefusedInUpstreamsWords() {
    Commands.Result stop = jvirt.virtctl("stop", VM, "-n", namespace);
    assertThat(stop.exitCode()).as(stop.output()).isZero();
    await().atMost(Guests.BOOT).until(() -> jvirt.vmi(namespace, VM) == null);
    Commands.Result refused = ssh(key, "true");
    assertThat(refused.exitCode()).isEqualTo(255);
    assertThat(refused.output().lines())
        .containsExactly(
            "Can't connect to websocket (409): Operation cannot be fulfilled on"
                + " virtualmachine.kubevirt.io \""
                + VM
                + "\": VMI is not started",
            SSH_SAW_NO_SERVER);
  }

  private static Commands.Result ssh(Path identity, String command) {
    return guestSsh.ssh(USER, VM, identity, command);
  }

  private static Commands.Result scp(String from, String to) {
    return guestSsh.scp(key, from, to);
  }

  /** The command lines of virtctl port-forwards to this test's namespace still running. */
  private static List<String> portForwards() {
    return ProcessHandle.allProcesses()
        .map(p -> p.info().commandLine().orElse(""))
        .filter(line -> line.contains("port-forward") && line.contains("/" + namespace + " "))
        .toList();
  }
}
