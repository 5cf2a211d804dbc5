package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The working state of one decision: inputs, the status being built, and chosen actions. */
final class Decision {
  final VirtualMachineInstance vmi;
  final VirtualMachineInstanceStatus status;
  final List<Pod> owned;
  final Pod pod;
  final boolean deleting;
  final DataVolumeStates volumes;
  final String timestamp;
  final Map<String, String> labelsToAdd = new TreeMap<>();
  SyncFailure syncFailure;
  boolean createPod;
  boolean createTemporaryPod;
  final List<String> temporaryPodsToDelete = new ArrayList<>();
  boolean removeForegroundFinalizer;

  Decision(
      VirtualMachineInstance vmi,
      VirtualMachineInstanceStatus status,
      List<Pod> pods,
      DataVolumeStates volumes,
      String timestamp) {
    this.vmi = vmi;
    this.volumes = volumes;
    this.timestamp = timestamp;
    this.status = status;
    this.owned = PodStates.ownedBy(vmi, pods);
    this.pod = PodStates.current(vmi, owned);
    this.deleting = vmi.getMetadata().getDeletionTimestamp() != null;
  }

  /** Owned pods that are not WaitForFirstConsumer helpers. */
  boolean noLauncherPod() {
    return owned.stream().allMatch(PodStates::isTemporary);
  }

  /** Owned WaitForFirstConsumer helper pods, not yet being deleted. */
  List<Pod> temporaryPods() {
    return owned.stream()
        .filter(PodStates::isTemporary)
        .filter(p -> !PodStates.isTerminating(p))
        .toList();
  }

  /** A real launcher pod exists (WaitForFirstConsumer helper pods do not count). */
  boolean podExists() {
    return pod != null && !PodStates.isTemporary(pod);
  }
}
