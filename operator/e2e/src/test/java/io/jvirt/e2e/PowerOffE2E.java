package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.testing.Commands;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guests that stop on their own: a guest that powers itself off stays stopped under Once and under
 * RerunOnFailure (Succeeded); a guest whose QEMU is killed fails, and RerunOnFailure creates a new
 * VMI for it.
 */
class PowerOffE2E {
  private static final String POWER_OFF =
      "#!/bin/sh\necho 'jvirt-e2e: powering off'\nsleep 2\npoweroff\n";
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("poweroff");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void aGuestThatPowersItselfOffStaysStopped() {
    for (var entry : List.of(RunStrategy.ONCE, RunStrategy.RERUN_ON_FAILURE)) {
      String name = entry == RunStrategy.ONCE ? "once" : "rerun";
      Guests.create(jvirt, namespace, Guests.cirros(jvirt.client(), name, entry, POWER_OFF));
    }
    // RerunOnFailure removes its VMI soon after the guest stopped: note both UIDs first
    Map<String, String> uids = new HashMap<>();
    await()
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              for (String name : List.of("once", "rerun")) {
                VirtualMachineInstance vmi = jvirt.vmi(namespace, name);
                if (vmi != null) {
                  uids.putIfAbsent(name, vmi.getMetadata().getUid());
                }
              }
              return uids.size() == 2;
            });
    for (String name : List.of("once", "rerun")) {
      String uid = uids.get(name);
      Guests.awaitPrintable(jvirt, namespace, name, PrintableStatus.STOPPED);
      // the handler recorded a guest that shut itself down, not a crash
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  events(uid).contains("Normal Stopped The VirtualMachineInstance was shut down."));
      assertThat(events(uid)).doesNotContain("crashed");
      // stays stopped: Once keeps the Succeeded VMI, RerunOnFailure removes it (as upstream);
      // neither starts a guest that shut itself down
      await()
          .during(Duration.ofSeconds(15))
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                VirtualMachineInstance vmi = jvirt.vmi(namespace, name);
                if (vmi == null) {
                  return !"once".equals(name);
                }
                return vmi.getMetadata().getUid().equals(uid)
                    && vmi.getStatus().getPhase() == VirtualMachineInstancePhase.SUCCEEDED;
              });
      assertThat(Guests.vm(jvirt, namespace, name).getStatus().getPrintableStatus())
          .isEqualTo(PrintableStatus.STOPPED);
    }
  }

  /** The events of the object with {@code uid}, one "type reason message" a line. */
  private static String events(String uid) {
    StringBuilder all = new StringBuilder();
    for (var event :
        jvirt
            .client()
            .v1()
            .events()
            .inNamespace(namespace)
            .withField("involvedObject.uid", uid)
            .list()
            .getItems()) {
      all.append(event.getType())
          .append(' ')
          .append(event.getReason())
          .append(' ')
          .append(event.getMessage())
          .append('\n');
    }
    return all.toString();
  }

  @Test
  void killedQemuFailsTheVmiAndRerunOnFailureStartsANewOne() {
    Guests.create(
        jvirt,
        namespace,
        Guests.cirros(jvirt.client(), "crash", RunStrategy.RERUN_ON_FAILURE, "#!/bin/sh\n"));
    VirtualMachineInstance first = Guests.awaitRunning(jvirt, namespace, "crash", null);
    Guests.awaitConsole(jvirt, namespace, first, "jvirt-guest: up");
    OptionalLong pid = jvirt.qemuPid(namespace, "crash");
    assertThat(pid).as("QEMU of %s/crash on this host", namespace).isPresent();

    Commands.Result kill =
        Commands.run(
            jvirt.cluster().root(),
            Duration.ofSeconds(10),
            List.of("kill", "-9", Long.toString(pid.getAsLong())));
    assertThat(kill.exitCode()).as(kill.output()).isZero();

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              VirtualMachineInstance vmi = jvirt.vmi(namespace, "crash");
              return vmi == null
                  || !vmi.getMetadata().getUid().equals(first.getMetadata().getUid())
                  || vmi.getStatus().getPhase() == VirtualMachineInstancePhase.FAILED;
            });
    VirtualMachineInstance seen = jvirt.vmi(namespace, "crash");
    if (seen != null && seen.getMetadata().getUid().equals(first.getMetadata().getUid())) {
      assertThat(seen.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    }
    VirtualMachineInstance second =
        Guests.awaitRunning(jvirt, namespace, "crash", first.getMetadata().getUid());
    Guests.awaitConsole(jvirt, namespace, second, "jvirt-guest: up");
  }
}
