package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.testing.Commands;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Drives live jvirt objects through every state Argo CD must judge (VMs Stopped, Starting, Running,
 * Paused, Stopping, Provisioning and unschedulable; VMIs pending, Running, Paused, Succeeded and
 * Failed; DataVolumes importing, failing and Succeeded) and checks the health Argo CD's code gives
 * each with jvirt's overrides; prints it beside Argo CD's built-in decision.
 */
final class ArgoHealthScenario {
  private static final String VMS = "vms";
  private static final String POWER_OFF = "#!/bin/sh\necho 'jvirt-e2e: powering off'\npoweroff\n";

  /** Kind, state, the health jvirt's checks must give it, and whether the state must be seen. */
  private record Expected(String kind, String state, String health, boolean required) {}

  private static final List<Expected> EXPECTED =
      List.of(
          new Expected("VirtualMachine", "Stopped", "Healthy", true),
          new Expected("VirtualMachine", "Starting", "Progressing", true),
          new Expected("VirtualMachine", "Running", "Healthy", true),
          new Expected("VirtualMachine", "Paused", "Suspended", true),
          new Expected("VirtualMachine", "Stopping", "Progressing", true),
          new Expected("VirtualMachine", "Provisioning", "Progressing", true),
          new Expected("VirtualMachine", "WaitingForVolumeBinding", "Progressing", false),
          new Expected("VirtualMachine", "ErrorUnschedulable", "Degraded", true),
          new Expected("VirtualMachineInstance", "Pending", "Progressing", false),
          new Expected("VirtualMachineInstance", "Scheduling", "Progressing", false),
          new Expected("VirtualMachineInstance", "Scheduled", "Progressing", false),
          new Expected("VirtualMachineInstance", "Running (not ready)", "Progressing", false),
          new Expected("VirtualMachineInstance", "Running", "Healthy", true),
          new Expected("VirtualMachineInstance", "Paused", "Suspended", true),
          new Expected("VirtualMachineInstance", "Succeeded", "Healthy", true),
          new Expected("VirtualMachineInstance", "Failed", "Degraded", true),
          new Expected("DataVolume", "Pending", "Progressing", false),
          new Expected("DataVolume", "WaitForFirstConsumer", "Healthy", false),
          new Expected("DataVolume", "ImportScheduled", "Progressing", false),
          new Expected("DataVolume", "ImportInProgress", "Progressing", true),
          new Expected("DataVolume", "ImportInProgress (error)", "Degraded", true),
          new Expected("DataVolume", "Succeeded", "Healthy", true));

  private final Jvirt jvirt;
  private final GitOpsHost host;
  private final Path work;
  private final Path argocdCm;

  ArgoHealthScenario(Jvirt jvirt, GitOpsHost host, Path work, Path argocdCm) {
    this.jvirt = jvirt;
    this.host = host;
    this.work = work;
    this.argocdCm = argocdCm;
  }

  void run() {
    String namespace = jvirt.namespace("argo-health");
    try (ArgoHealth health = new ArgoHealth(jvirt.client(), List.of(VMS, namespace))) {
      pauseAndUnpause();
      stopAndStart();
      finishedAndKilledGuests(namespace);
      unschedulable(namespace);
      imports(namespace);
      judgeAll(health);
    } finally {
      jvirt.deleteNamespace(namespace);
    }
  }

  private void pauseAndUnpause() {
    ok(jvirt.virtctl("pause", "vm", "testvm", "-n", VMS));
    Guests.awaitPrintable(jvirt, VMS, "testvm", PrintableStatus.PAUSED);
    ok(jvirt.virtctl("unpause", "vm", "testvm", "-n", VMS));
    Guests.awaitPrintable(jvirt, VMS, "testvm", PrintableStatus.RUNNING);
  }

  private void stopAndStart() {
    String uid = jvirt.vmi(VMS, "testvm").getMetadata().getUid();
    ok(jvirt.virtctl("stop", "testvm", "-n", VMS));
    Guests.awaitPrintable(jvirt, VMS, "testvm", PrintableStatus.STOPPED);
    ok(jvirt.virtctl("start", "testvm", "-n", VMS));
    Guests.awaitRunning(jvirt, VMS, "testvm", uid);
  }

  /** A guest that powers itself off (Succeeded) and one whose QEMU is killed (Failed). */
  private void finishedAndKilledGuests(String namespace) {
    Guests.create(
        jvirt, namespace, Guests.cirros(jvirt.client(), "once", RunStrategy.ONCE, POWER_OFF));
    Guests.create(
        jvirt, namespace, Guests.cirros(jvirt.client(), "killed", RunStrategy.ONCE, "#!/bin/sh\n"));
    var killed = Guests.awaitRunning(jvirt, namespace, "killed", null);
    Guests.awaitConsole(jvirt, namespace, killed, "jvirt-guest: up");
    OptionalLong pid = jvirt.qemuPid(namespace, "killed");
    assertThat(pid).as("QEMU of %s/killed", namespace).isPresent();
    Commands.run(
            jvirt.root(),
            Duration.ofSeconds(10),
            List.of("kill", "-9", Long.toString(pid.getAsLong())))
        .orThrow(List.of("kill", "-9", "qemu"));
    for (String name : List.of("once", "killed")) {
      await()
          .alias(name + " finished")
          .atMost(Guests.BOOT)
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                var vmi = jvirt.vmi(namespace, name);
                return vmi != null
                    && vmi.getStatus() != null
                    && vmi.getStatus().getPhase() != null
                    && vmi.getStatus().getPhase().isFinal();
              });
    }
  }

  private void unschedulable(String namespace) {
    VirtualMachine vm =
        Guests.cirros(jvirt.client(), "unschedulable", RunStrategy.ALWAYS, "#!/bin/sh\n");
    vm.getSpec().getTemplate().getSpec().setNodeSelector(Map.of("jvirt.io/no-such-node", "true"));
    Guests.create(jvirt, namespace, vm);
    Guests.awaitPrintable(jvirt, namespace, "unschedulable", PrintableStatus.ERROR_UNSCHEDULABLE);
    jvirt
        .client()
        .resources(VirtualMachine.class)
        .inNamespace(namespace)
        .withName("unschedulable")
        .delete();
  }

  /** A VM provisioning its disk from an import, and an import of a file that does not exist. */
  private void imports(String namespace) {
    String fileHost = DataVolumes.startFileHost(jvirt, namespace);
    jvirt
        .client()
        .resources(DataVolume.class)
        .inNamespace(namespace)
        .resource(
            DataVolumes.standalone(
                "missing", DataVolumes.httpImport(fileHost + "/no-such-disk.qcow2", "1Gi")))
        .create();
    Guests.create(
        jvirt,
        namespace,
        DataVolumes.importingVm(jvirt, "imported", fileHost + "/disk.qcow2", "1Gi"));
    Guests.awaitRunning(jvirt, namespace, "imported", null);
    await()
        .alias("the missing file's import fails")
        .atMost(DataVolumes.IMPORT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                "ImportInProgress (error)"
                    .equals(
                        ArgoHealth.state(
                            jvirt
                                .client()
                                .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "DataVolume")
                                .inNamespace(namespace)
                                .withName("missing")
                                .get())));
  }

  private void judgeAll(ArgoHealth health) {
    System.out.println("[argocd] states seen: " + health.seen());
    List<String> wrong = new ArrayList<>();
    String row = "[argocd] %-24s %-26s %-12s %-12s %s%n";
    System.out.printf(row, "kind", "state", "built-in", "jvirt", "message");
    for (Expected expected : EXPECTED) {
      if (!expected.required() && !health.seen(expected.kind(), expected.state())) {
        continue;
      }
      ArgoHealth.Decision decision =
          health.judge(host, work, argocdCm, expected.kind(), expected.state());
      System.out.printf(
          row,
          decision.kind(),
          decision.state(),
          decision.builtIn(),
          decision.jvirt(),
          decision.message());
      if (!expected.health().equals(decision.jvirt())) {
        wrong.add(
            expected.kind()
                + " "
                + expected.state()
                + ": "
                + decision.jvirt()
                + ", wanted "
                + expected.health());
      }
    }
    assertThat(wrong).as("Argo CD's health decisions with jvirt's checks").isEmpty();
    assertThat(health.seen())
        .as("a pending VMI")
        .containsAnyOf(
            "VirtualMachineInstance Pending",
            "VirtualMachineInstance Scheduling",
            "VirtualMachineInstance Scheduled");
  }

  private static void ok(Commands.Result result) {
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
