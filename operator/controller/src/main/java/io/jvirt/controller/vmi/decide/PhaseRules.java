package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.KubevirtLabels;
import java.util.Map;

/** Phase changes virt-controller makes, one rule set per current phase (lifecycle.go). */
final class PhaseRules {
  static final String FAILED_GUARANTEE_RESOURCES = "FailedGuaranteeResources";

  /** status.reason when a DataVolume the VMI needs failed before its pod was created. */
  static final String REASON_DATA_VOLUME_FAILED = "DataVolumeFailed";

  private PhaseRules() {}

  static void apply(Decision decision) {
    VirtualMachineInstancePhase phase =
        decision.vmi.getStatus() == null ? null : decision.vmi.getStatus().getPhase();
    if (phase == null || phase == VirtualMachineInstancePhase.PENDING) {
      pending(decision);
    } else {
      byPhase(decision, phase);
    }
    if (phase == null || !phase.isFinal()) {
      VirtualMachineInstancePhase now = decision.status.getPhase();
      if (now != null && now.isFinal()) {
        // what the next sync would do for a final VMI, done in this one's write
        finalPhase(decision);
      }
    }
  }

  private static void byPhase(Decision decision, VirtualMachineInstancePhase phase) {
    switch (phase) {
      case SCHEDULING -> scheduling(decision);
      case SCHEDULED, RUNNING -> {
        if (!decision.podExists()) {
          fail(decision, VmiStatusDecider.REASON_POD_NOT_EXISTS);
        }
      }
      case SUCCEEDED, FAILED -> finalPhase(decision);
      case WAITING_FOR_SYNC -> waitingForSync(decision);
      default -> {
        // Unknown: defined upstream, set by no controller, left alone
      }
    }
  }

  private static void pending(Decision decision) {
    if (decision.podExists()) {
      decision.status.setPhase(VirtualMachineInstancePhase.SCHEDULING);
      return;
    }
    if (decision.deleting) {
      fail(decision, VmiStatusDecider.REASON_DELETED);
      return;
    }
    decision.status.setPhase(VirtualMachineInstancePhase.PENDING);
    DataVolumeStates volumes = decision.volumes;
    if (volumes.failed() != null) {
      fail(decision, REASON_DATA_VOLUME_FAILED);
      return;
    }
    if (!volumes.ready()) {
      if (volumes.waitForFirstConsumer()) {
        // a helper pod binds the claims so CDI can fill them; the VMI waits, provisioning
        VmiConditions.update(
            decision.status,
            new Condition()
                .setType(VmiConditions.PROVISIONING)
                .setStatus("True")
                .setLastTransitionTime(decision.timestamp));
        decision.createTemporaryPod = decision.owned.isEmpty();
      }
      return;
    }
    VmiConditions.remove(decision.status, VmiConditions.PROVISIONING);
    for (Pod helper : decision.temporaryPods()) {
      decision.temporaryPodsToDelete.add(helper.getMetadata().getName());
    }
    decision.createPod = decision.noLauncherPod();
    SyncFailure failure = decision.syncFailure;
    if (failure != null && SyncFailure.FAILED_PVC_NOT_FOUND.equals(failure.reason())) {
      VmiConditions.remove(decision.status, VmiConditions.POD_SCHEDULED);
      VmiConditions.append(
          decision.status,
          new Condition()
              .setType(VmiConditions.POD_SCHEDULED)
              .setStatus("False")
              .setReason("Unschedulable")
              .setMessage(failure.message()));
    }
  }

  private static void scheduling(Decision decision) {
    VmiConditions.remove(decision.status, VmiConditions.PROVISIONING);
    if (!decision.podExists()) {
      fail(decision, VmiStatusDecider.REASON_POD_NOT_EXISTS);
      return;
    }
    String qosClass =
        decision.pod.getStatus() == null ? null : decision.pod.getStatus().getQosClass();
    decision.status.setQosClass(qosClass == null || qosClass.isEmpty() ? null : qosClass);
    PodCondition scheduled = PodStates.condition(decision.pod, VmiConditions.POD_SCHEDULED);
    if (scheduled != null && "False".equals(scheduled.getStatus())) {
      VmiConditions.addFromPod(decision.status, scheduled);
    } else {
      VmiConditions.remove(decision.status, VmiConditions.POD_SCHEDULED);
    }
    SyncFailure imageFailure = PodStates.imagePullFailure(decision.pod);
    if (imageFailure != null) {
      decision.syncFailure = imageFailure;
    }
    if (PodStates.isReady(decision.pod) && !decision.deleting) {
      if (dedicatedCpu(decision) && !"Guaranteed".equals(qosClass)) {
        decision.syncFailure =
            new SyncFailure(FAILED_GUARANTEE_RESOURCES, "failed to guarantee pod resources");
        return;
      }
      handOver(decision);
    } else if (PodStates.isDownOrGoingDown(decision.pod)) {
      fail(
          decision,
          PodStates.isTerminating(decision.pod)
              ? VmiStatusDecider.REASON_POD_TERMINATING
              : VmiStatusDecider.REASON_POD_FAILED);
    }
  }

  /** The pod runs: record its node and let virt-handler there take the VMI over. */
  private static void handOver(Decision decision) {
    String node = decision.pod.getSpec().getNodeName();
    decision.status.setPhase(VirtualMachineInstancePhase.SCHEDULED);
    decision.status.setNodeName(node);
    decision.labelsToAdd.put(KubevirtLabels.NODE_NAME, node);
    Map<String, String> annotations = decision.pod.getMetadata().getAnnotations();
    if (annotations != null
        && annotations.containsKey(KubevirtAnnotations.MIGRATION_TRANSPORT_UNIX)) {
      decision.status.setMigrationTransport(VmiStatusDecider.MIGRATION_TRANSPORT_UNIX);
    }
  }

  private static void finalPhase(Decision decision) {
    if (decision.owned.isEmpty()) {
      decision.removeForegroundFinalizer = true;
      decision.status.setLauncherContainerImageVersion(null);
    }
  }

  private static void waitingForSync(Decision decision) {
    if (decision.deleting) {
      decision.removeForegroundFinalizer = true;
    } else if (decision.podExists()) {
      decision.status.setPhase(VirtualMachineInstancePhase.SCHEDULING);
    }
  }

  private static void fail(Decision decision, String reason) {
    decision.status.setPhase(VirtualMachineInstancePhase.FAILED);
    decision.status.setReason(reason);
  }

  private static boolean dedicatedCpu(Decision decision) {
    var domain = decision.vmi.getSpec() == null ? null : decision.vmi.getSpec().getDomain();
    CPU cpu = domain == null ? null : domain.getCpu();
    return cpu != null && Boolean.TRUE.equals(cpu.getDedicatedCpuPlacement());
  }
}
