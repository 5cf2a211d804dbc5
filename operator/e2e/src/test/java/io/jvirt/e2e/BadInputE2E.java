package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.testing.Commands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input, each with a clear reason on the VMI and the VM, and a good guest beside them boots: a
 * containerDisk image without a disk, a corrupt qcow2, more memory than the node has. Each bad VM
 * then stops cleanly.
 */
class BadInputE2E {
  private static final Duration REPORTED = Duration.ofMinutes(2);
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("bad");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  void eachBadVmSaysWhyAndAGoodOneBesideItBoots() {
    create("no-disk", "localhost/jvirt/no-disk-demo:0.1.0", "128Mi");
    create("corrupt", "localhost/jvirt/corrupt-disk-demo:0.1.0", "128Mi");
    create("huge", "localhost/jvirt/cirros-container-disk-demo:0.1.0", "512Gi");
    create("good", "localhost/jvirt/cirros-container-disk-demo:0.1.0", "128Mi");

    assertThat(awaitCondition("no-disk", "Synchronized", "False").getMessage())
        .contains("containerDisk containerdisk")
        .contains("no disk present");
    assertThat(awaitCondition("corrupt", "Synchronized", "False").getMessage())
        .contains("containerDisk containerdisk")
        .contains("not a disk qemu can read");
    Condition unschedulable = awaitCondition("huge", "PodScheduled", "False");
    assertThat(unschedulable.getReason()).isEqualTo("Unschedulable");
    assertThat(unschedulable.getMessage()).contains("Insufficient memory");
    Guests.awaitPrintable(jvirt, namespace, "huge", PrintableStatus.ERROR_UNSCHEDULABLE);
    await()
        .atMost(REPORTED)
        .until(() -> vmCondition("no-disk").filter(c -> c.getMessage() != null).isPresent());
    assertThat(vmCondition("no-disk").orElseThrow().getMessage()).contains("no disk present");

    VirtualMachineInstance good = Guests.awaitRunning(jvirt, namespace, "good", null);
    Guests.awaitConsole(jvirt, namespace, good, "jvirt-guest: up");

    for (String name : List.of("no-disk", "corrupt", "huge", "good")) {
      Commands.Result stop = jvirt.virtctl("stop", name, "-n", namespace);
      assertThat(stop.exitCode()).as(stop.output()).isZero();
    }
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                jvirt
                        .client()
                        .resources(VirtualMachineInstance.class)
                        .inNamespace(namespace)
                        .list()
                        .getItems()
                        .isEmpty()
                    && jvirt.client().pods().inNamespace(namespace).list().getItems().isEmpty());
  }

  private static void create(String name, String image, String memory) {
    VirtualMachine vm = Guests.cirros(jvirt.client(), name, RunStrategy.ALWAYS, "#!/bin/sh\n");
    Guests.volume(vm, "containerdisk").getContainerDisk().setImage(image);
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .getDomain()
        .getResources()
        .getRequests()
        .put("memory", new Quantity(memory));
    Guests.create(jvirt, namespace, vm);
  }

  private static Condition awaitCondition(String name, String type, String status) {
    await()
        .atMost(REPORTED)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> Guests.condition(jvirt.vmi(namespace, name), type, status).isPresent());
    return Guests.condition(jvirt.vmi(namespace, name), type, status).orElseThrow();
  }

  private static Optional<Condition> vmCondition(String name) {
    VirtualMachine vm = Guests.vm(jvirt, namespace, name);
    if (vm == null || vm.getStatus() == null || vm.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    return vm.getStatus().getConditions().stream()
        .filter(c -> "Synchronized".equals(c.getType()) && "False".equals(c.getStatus()))
        .findFirst();
  }
}
