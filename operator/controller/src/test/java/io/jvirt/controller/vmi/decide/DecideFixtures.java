package io.jvirt.controller.vmi.decide;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** VMIs and launcher pods in the states the decider tests walk through. */
public final class DecideFixtures {
  public static final Instant NOW = Instant.parse("2026-03-01T12:00:00.750Z");
  static final String NOW_TEXT = "2026-03-01T12:00:00Z";
  public static final String UID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  public static final String NODE = "node-1";

  private DecideFixtures() {}

  public static VirtualMachineInstance vmi(VirtualMachineInstancePhase phase) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.getMetadata().setName("testvmi");
    vmi.getMetadata().setNamespace("default");
    vmi.getMetadata().setUid(UID);
    vmi.setSpec(
        new VirtualMachineInstanceSpec().setDomain(new DomainSpec().setDevices(new Devices())));
    if (phase != null) {
      VirtualMachineInstanceStatus status = new VirtualMachineInstanceStatus().setPhase(phase);
      List<PhaseTransitionTimestamp> transitions = new ArrayList<>();
      transitions.add(
          new PhaseTransitionTimestamp()
              .setPhase(new ObjectMapper().convertValue(phase, String.class))
              .setPhaseTransitionTimestamp("2026-03-01T11:59:00Z"));
      status.setPhaseTransitionTimestamps(transitions);
      vmi.setStatus(status);
    }
    return vmi;
  }

  /** Makes {@code vmi} the VMI of VM {@code testvm} (uid {@code vm-uid}), its controller. */
  public static VirtualMachineInstance ownedByVm(VirtualMachineInstance vmi) {
    vmi.getMetadata()
        .getOwnerReferences()
        .add(
            new OwnerReferenceBuilder()
                .withKind("VirtualMachine")
                .withName("testvm")
                .withUid("vm-uid")
                .withController(true)
                .build());
    return vmi;
  }

  /** A launcher pod of the fixture VMI, not yet scheduled. */
  public static PodBuilder pod(String name) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("default")
        .withUid("uid-" + name)
        .withCreationTimestamp("2026-03-01T11:59:30Z")
        .addToAnnotations("kubevirt.io/migrationTransportUnix", "true")
        .addNewOwnerReference()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachineInstance")
        .withName("testvmi")
        .withUid(UID)
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("compute")
        .withImage("virt-launcher:v1")
        .endContainer()
        .endSpec()
        .withNewStatus()
        .withPhase("Pending")
        .endStatus();
  }

  public static Pod pending() {
    return pod("virt-launcher-testvmi-abcde").build();
  }

  static Pod unschedulable() {
    return pod("virt-launcher-testvmi-abcde")
        .editStatus()
        .addToConditions(condition("PodScheduled", "False", "Unschedulable", "0/3 nodes"))
        .endStatus()
        .build();
  }

  /** Running on {@link #NODE}, compute started, the container-disk container ready. */
  public static PodBuilder running() {
    return pod("virt-launcher-testvmi-abcde")
        .editSpec()
        .withNodeName(NODE)
        .endSpec()
        .editStatus()
        .withPhase("Running")
        .withQosClass("Burstable")
        .addToConditions(condition("PodScheduled", "True", null, null))
        .addToConditions(condition("Ready", "True", null, null))
        .withContainerStatuses(running("compute", false), running("volumecontainerdisk", true))
        .endStatus();
  }

  static ContainerStatus running(String name, boolean ready) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withReady(ready)
        .withNewState()
        .withNewRunning()
        .withStartedAt("2026-03-01T11:59:50Z")
        .endRunning()
        .endState()
        .build();
  }

  public static ContainerStatus waiting(String name, String reason) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withReady(false)
        .withNewState()
        .withNewWaiting()
        .withReason(reason)
        .withMessage("pull failed")
        .endWaiting()
        .endState()
        .build();
  }

  static ContainerStatus terminated(String name, int exitCode) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withReady(false)
        .withNewState()
        .withNewTerminated()
        .withExitCode(exitCode)
        .endTerminated()
        .endState()
        .build();
  }

  static PodCondition condition(String type, String status, String reason, String message) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(message)
        .withLastTransitionTime("2026-03-01T11:59:40Z")
        .build();
  }
}
