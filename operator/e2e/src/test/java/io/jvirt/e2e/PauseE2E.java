package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.testing.Commands;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code virtctl pause} stops the guest (its counter on the console stops, Paused condition,
 * printableStatus Paused); {@code virtctl unpause} lets it go on.
 */
class PauseE2E {
  private static final String COUNTER =
      "#!/bin/sh\ni=0\nwhile true; do i=$((i+1)); echo \"jvirt-e2e: tick $i\"; sleep 1; done\n";
  private static final Pattern TICK = Pattern.compile("jvirt-e2e: tick (\\d+)");
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("pause");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void pauseStopsTheGuestAndUnpauseLetsItGoOn() {
    Guests.create(
        jvirt, namespace, Guests.cirros(jvirt.client(), "counter", RunStrategy.ALWAYS, COUNTER));
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "counter", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: tick 3");

    Commands.Result pause = jvirt.virtctl("pause", "vm", "counter", "-n", namespace);
    assertThat(pause.exitCode()).as(pause.output()).isZero();
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> Guests.condition(jvirt.vmi(namespace, "counter"), "Paused", "True").isPresent());
    Guests.awaitPrintable(jvirt, namespace, "counter", PrintableStatus.PAUSED);
    // the console log may still be catching up with the ticks printed before the pause
    AtomicInteger previous = new AtomicInteger(-1);
    await()
        .pollInterval(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(30))
        .until(() -> previous.getAndSet(lastTick(vmi)) == previous.get());
    int stopped = previous.get();
    await()
        .during(Duration.ofSeconds(8))
        .atMost(Duration.ofSeconds(12))
        .until(() -> lastTick(vmi) == stopped);

    Commands.Result unpause = jvirt.virtctl("unpause", "vm", "counter", "-n", namespace);
    assertThat(unpause.exitCode()).as(unpause.output()).isZero();
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> lastTick(vmi) > stopped + 2);
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> Guests.condition(jvirt.vmi(namespace, "counter"), "Paused", "True").isEmpty());
    Guests.awaitPrintable(jvirt, namespace, "counter", PrintableStatus.RUNNING);
  }

  private static int lastTick(VirtualMachineInstance vmi) {
    Matcher m = TICK.matcher(jvirt.console(namespace, vmi));
    int last = 0;
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    return last;
  }

  @Test
  void softRebootWithoutAnAgentPressesTheAcpiButtonAndKeepsTheQemuProcess() {
    Guests.create(
        jvirt,
        namespace,
        Guests.cirros(
            jvirt.client(),
            "rebooter",
            RunStrategy.ALWAYS,
            "#!/bin/sh\necho 'jvirt-e2e: booted'\n"));
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "rebooter", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: booted");
    var qemu = jvirt.qemuPid(namespace, "rebooter");
    assertThat(qemu).isPresent();
    assertThat(Guests.condition(vmi, "AgentConnected", "True")).isEmpty();

    Commands.Result reboot = jvirt.virtctl("soft-reboot", "rebooter", "-n", namespace);
    assertThat(reboot.exitCode()).as(reboot.output()).isZero();

    // the stand-in guest powers off on the ACPI button; libvirt then resets it instead of ending
    // QEMU
    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .alias("the guest booted a second time")
        .until(() -> booted(jvirt.console(namespace, vmi)) >= 2);
    assertThat(jvirt.qemuPid(namespace, "rebooter")).isEqualTo(qemu);
    assertThat(jvirt.vmi(namespace, "rebooter").getMetadata().getUid())
        .isEqualTo(vmi.getMetadata().getUid());
  }

  /** How many times the guest came up (its init prints this line on every boot). */
  private static long booted(String console) {
    return console.lines().filter(l -> l.contains("jvirt-guest: up")).count();
  }
}
