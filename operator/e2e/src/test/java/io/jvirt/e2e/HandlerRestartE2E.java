package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.contract.Components;
import io.jvirt.testing.Commands;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * virt-handler's pod killed while a guest runs: the same QEMU process keeps running, the VMI stays
 * Running all along, and the new handler still stops the VM.
 */
class HandlerRestartE2E {
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("handler");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void killingTheHandlerLeavesTheGuestRunning() {
    Guests.create(
        jvirt,
        namespace,
        Guests.cirros(jvirt.client(), "steady", RunStrategy.ALWAYS, "#!/bin/sh\n"));
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "steady", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-guest: up");
    OptionalLong qemu = jvirt.qemuPid(namespace, "steady");
    assertThat(qemu).isPresent();
    Pod handler = handlerPod();

    Commands.Result kill =
        jvirt.kubectl(
            "delete",
            "pod",
            handler.getMetadata().getName(),
            "-n",
            handler.getMetadata().getNamespace(),
            "--grace-period=0",
            "--force");
    assertThat(kill.exitCode()).as(kill.output()).isZero();

    AtomicBoolean leftRunning = new AtomicBoolean();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              VirtualMachineInstance now = jvirt.vmi(namespace, "steady");
              if (now.getStatus().getPhase() != VirtualMachineInstancePhase.RUNNING
                  || !now.getMetadata().getUid().equals(vmi.getMetadata().getUid())) {
                leftRunning.set(true);
              }
              Pod next = handlerPod();
              return next != null
                  && !next.getMetadata().getUid().equals(handler.getMetadata().getUid())
                  && Jvirt.allReady(next);
            });
    assertThat(leftRunning).as("the VMI left Running while the handler restarted").isFalse();
    assertThat(jvirt.qemuPid(namespace, "steady")).isEqualTo(qemu);
    assertThat(Guests.running(jvirt.vmi(namespace, "steady"))).isTrue();

    Commands.Result stop = jvirt.virtctl("stop", "steady", "-n", namespace);
    assertThat(stop.exitCode()).as(stop.output()).isZero();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                jvirt.vmi(namespace, "steady") == null
                    && jvirt.qemuPid(namespace, "steady").isEmpty());
    Guests.awaitPrintable(jvirt, namespace, "steady", PrintableStatus.STOPPED);
  }

  private static Pod handlerPod() {
    List<Pod> pods =
        jvirt
            .client()
            .pods()
            .inAnyNamespace()
            .withLabel(Components.LABEL, Components.HANDLER)
            .list()
            .getItems();
    return pods.stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .findFirst()
        .orElse(null);
  }
}
