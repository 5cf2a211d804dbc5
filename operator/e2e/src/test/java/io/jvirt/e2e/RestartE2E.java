package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.testing.Commands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A VM under runStrategy Always gets a new VMI (new UID) with the same firmware UUID after {@code
 * virtctl restart}, after its VMI is deleted with kubectl, and after {@code restart --force
 * --grace-period=0}.
 */
class RestartE2E {
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("restart");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void everyRestartBootsANewVmiWithTheSameFirmwareUuid() {
    Guests.create(
        jvirt,
        namespace,
        Guests.cirros(jvirt.client(), "again", RunStrategy.ALWAYS, "#!/bin/sh\necho booted\n"));
    VirtualMachineInstance first = Guests.awaitRunning(jvirt, namespace, "again", null);
    String uuid = Guests.firmwareUuid(jvirt, namespace, first);
    assertThat(uuid).isNotBlank();

    Commands.Result restart = jvirt.virtctl("restart", "again", "-n", namespace);
    assertThat(restart.exitCode()).as(restart.output()).isZero();
    VirtualMachineInstance second =
        Guests.awaitRunning(jvirt, namespace, "again", first.getMetadata().getUid());
    assertThat(Guests.firmwareUuid(jvirt, namespace, second)).isEqualTo(uuid);

    Commands.Result delete =
        jvirt.kubectl("delete", "vmi", "again", "-n", namespace, "--wait=false");
    assertThat(delete.exitCode()).as(delete.output()).isZero();
    VirtualMachineInstance third =
        Guests.awaitRunning(jvirt, namespace, "again", second.getMetadata().getUid());
    assertThat(Guests.firmwareUuid(jvirt, namespace, third)).isEqualTo(uuid);

    Commands.Result force =
        jvirt.virtctl("restart", "again", "-n", namespace, "--force", "--grace-period=0");
    assertThat(force.exitCode()).as(force.output()).isZero();
    VirtualMachineInstance fourth =
        Guests.awaitRunning(jvirt, namespace, "again", third.getMetadata().getUid());
    assertThat(Guests.firmwareUuid(jvirt, namespace, fourth)).isEqualTo(uuid);
    assertThat(jvirt.launcherPods(namespace, third.getMetadata().getUid())).isEmpty();
  }
}
