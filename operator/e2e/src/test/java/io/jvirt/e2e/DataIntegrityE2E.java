package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.Components;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Debian guest appends numbered records to an ext4 filesystem on a PVC disk, fsyncing each before
 * it acknowledges it. virt-handler is SIGKILLed meanwhile (the guest must not stop writing), then
 * the launcher pod is deleted mid-write, which powers the guest off (grace period 0). After the VM
 * restarts, the filesystem mounts (replaying its journal) and then checks clean with {@code e2fsck
 * -f -n}, and every record up to the last one acknowledged before the deletion is there, in order.
 */
class DataIntegrityE2E {
  private static final String VM = "writer";
  private static final String USER = "jvirt";
  private static final String DEVICE = "/dev/disk/by-id/virtio-data";
  private static final String ACK = "/run/jvirt-ack";

  /**
   * Installed by cloud-init: one record per line, each fsynced before its number is acknowledged.
   */
  private static final String WRITER =
      """
      #!/bin/sh
      i=0
      while :; do
        i=$((i+1))
        echo "record $i" >> /mnt/data/log
        sync /mnt/data/log
        echo "$i" > %1$s.new && mv %1$s.new %1$s
        sleep 0.1
      done
      """
          .formatted(ACK);

  private static Jvirt jvirt;
  private static String namespace;
  private static GuestSsh guestSsh;
  private static Path key;

  @BeforeAll
  static void bootTheWriter() {
    jvirt = Jvirt.get();
    LocalImages.ensureDebianLoaded(jvirt.cluster());
    namespace = jvirt.namespace("data");
    HostPathClaim.create(jvirt, namespace, "data");
    guestSsh = new GuestSsh(jvirt, namespace);
    key = guestSsh.keygen("key");
    VirtualMachine vm = Guests.debian(jvirt.client(), VM, RunStrategy.ALWAYS, userData());
    var spec = vm.getSpec().getTemplate().getSpec();
    spec.getDomain().getDevices().getDisks().add(HostPathClaim.disk("data"));
    spec.getVolumes().add(HostPathClaim.volume("data", "data"));
    Guests.create(jvirt, namespace, vm);
  }

  @AfterAll
  static void removeEverything() {
    jvirt.deleteNamespace(namespace);
    HostPathClaim.remove(jvirt, namespace);
    guestSsh.close();
  }

  @Test
  void acknowledgedWritesSurviveAHandlerCrashAndAPowerCut() {
    VirtualMachineInstance first = Guests.awaitRunning(jvirt, namespace, VM, null);
    awaitSsh();
    ok(
        ssh(
            "sudo mkfs.ext4 -q "
                + DEVICE
                + " && sudo mkdir -p /mnt/data && sudo mount "
                + DEVICE
                + " /mnt/data && sudo setsid -f /usr/local/bin/jvirt-writer"
                + " </dev/null >/dev/null 2>&1"));
    long beforeCrash = awaitAck(10);

    Faults faults = new Faults(jvirt, new Random(0));
    long handler = faults.killOne(Components.HANDLER_MAIN);
    assertThat(handler).as("a virt-handler JVM to kill").isPositive();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              List<Long> now = faults.jvms(Components.HANDLER_MAIN);
              return !now.isEmpty() && !now.contains(handler);
            });
    long afterCrash = awaitAck(ack() + 10);
    assertThat(jvirt.vmi(namespace, VM).getMetadata().getUid())
        .isEqualTo(first.getMetadata().getUid());

    long acknowledged = ack();
    Commands.Result cut =
        jvirt.kubectl(
            "delete",
            "pod",
            "-n",
            namespace,
            "-l",
            "kubevirt.io/created-by=" + first.getMetadata().getUid(),
            "--wait=false");
    assertThat(cut.exitCode()).as(cut.output()).isZero();
    Guests.awaitRunning(jvirt, namespace, VM, first.getMetadata().getUid());
    awaitSsh();

    Commands.Result fsck =
        ssh("sudo mount " + DEVICE + " /mnt && sudo umount /mnt && sudo e2fsck -f -n " + DEVICE);
    assertThat(fsck.exitCode()).as("e2fsck -f -n after the power cut: %s", fsck.output()).isZero();
    Commands.Result records =
        ssh(
            "sudo mount -o ro "
                + DEVICE
                + " /mnt && awk -v n="
                + acknowledged
                + " 'NR<=n && $0 != (\"record \" NR) {bad++} END {print NR, bad+0}' /mnt/log");
    ok(records);
    String[] counts = records.output().strip().split("\\s+");
    long lines = Long.parseLong(counts[counts.length - 2]);
    long bad = Long.parseLong(counts[counts.length - 1]);
    assertThat(lines)
        .as("records on disk vs %d acknowledged", acknowledged)
        .isGreaterThanOrEqualTo(acknowledged);
    assertThat(bad).as("records out of place among the first %d", acknowledged).isZero();
    System.out.printf(
        "[figures] data: %d records acknowledged before virt-handler's SIGKILL, %d after it"
            + " came back; power cut after %d acknowledged, %d on disk after restart, 0 missing,"
            + " e2fsck -f -n clean%n",
        beforeCrash, afterCrash - beforeCrash, acknowledged, lines);
  }

  private static String userData() {
    StringBuilder data = new StringBuilder(Guests.jvirtUser(guestSsh.publicKey(key)));
    data.append("write_files:\n- path: /usr/local/bin/jvirt-writer\n  permissions: '0755'\n");
    data.append("  content: |\n");
    WRITER.lines().forEach(line -> data.append("    ").append(line).append('\n'));
    return data.toString();
  }

  private static void awaitSsh() {
    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(3))
        .alias("virtctl ssh answering")
        .until(() -> ssh("true").exitCode() == 0);
  }

  /** Waits until the guest has acknowledged at least {@code records}; returns how many it has. */
  private static long awaitAck(long records) {
    return await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(DataIntegrityE2E::ack, n -> n >= records);
  }

  private static long ack() {
    Commands.Result read = ssh("cat " + ACK);
    List<String> lines = read.output().strip().lines().toList();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    return read.exitCode() == 0 && last.matches("\\d+") ? Long.parseLong(last) : 0;
  }

  private static Commands.Result ssh(String command) {
    return guestSsh.ssh(USER, VM, key, command);
  }

  private static void ok(Commands.Result result) {
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
