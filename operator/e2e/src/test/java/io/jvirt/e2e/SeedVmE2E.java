package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.testing.Commands;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed walk-through with the vm-cirros manifest: created stopped (no VMI), started with virtctl
 * until the guest runs and prints the cloud-init marker on its console, stopped with virtctl until
 * its VMI, domain and launcher pod are gone.
 */
class SeedVmE2E {
  private static final Duration BOOT = Duration.ofMinutes(4);
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("seed");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void startBootsTheGuestAndStopRemovesIt() throws Exception {
    try (InputStream manifest = SeedVmE2E.class.getResourceAsStream("/vms/vm-cirros.yaml")) {
      jvirt.client().resources(VirtualMachine.class).inNamespace(namespace).load(manifest).create();
    }
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> jvirt.vmi(namespace, "vm-cirros") == null);

    long started = System.nanoTime();
    Commands.Result start = jvirt.virtctl("start", "vm-cirros", "-n", namespace);
    assertThat(start.exitCode()).as(start.output()).isZero();
    assertThat(start.output()).contains("VM vm-cirros was scheduled to start");

    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> Guests.running(jvirt.vmi(namespace, "vm-cirros")));
    System.out.printf(
        "[figures] virtctl start → VMI Running in %.1f s%n", (System.nanoTime() - started) / 1e9);
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> {
              VirtualMachine vm = vm();
              return vm.getStatus() != null
                  && vm.getStatus().getPrintableStatus() == PrintableStatus.RUNNING
                  && Boolean.TRUE.equals(vm.getStatus().getReady());
            });
    VirtualMachineInstance vmi = jvirt.vmi(namespace, "vm-cirros");
    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> jvirt.console(namespace, vmi).contains("jvirt-e2e: hello from cloud-init"));
    System.out.printf(
        "[figures] virtctl start → marker on the console in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
    // getty's banner: the prompt itself ends without a newline, and container logs hold whole
    // lines only
    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> jvirt.console(namespace, vmi).contains("login as 'cirros' user"));

    Commands.Result stop = jvirt.virtctl("stop", "vm-cirros", "-n", namespace);
    assertThat(stop.exitCode()).as(stop.output()).isZero();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                jvirt.vmi(namespace, "vm-cirros") == null
                    && jvirt.launcherPods(namespace, vmi.getMetadata().getUid()).isEmpty());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> vm().getStatus().getPrintableStatus() == PrintableStatus.STOPPED);
  }

  private static VirtualMachine vm() {
    return Guests.vm(jvirt, namespace, "vm-cirros");
  }
}
