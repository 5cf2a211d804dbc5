package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
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
  final Map<String, String> labelsToAdd = new TreeMap<>();
  SyncFailure syncFailure;
  boolean createPod;
  boolean removeForegroundFinalizer;

  Decision(VirtualMachineInstance vmi, VirtualMachineInstanceStatus status, List<Pod> pods) {
    this.vmi = vmi;
    this.status = status;
    this.owned = PodStates.ownedBy(vmi, pods);
    this.pod = PodStates.current(vmi, owned);
    this.deleting = vmi.getMetadata().getDeletionTimestamp() != null;
  }

  /** A real launcher pod exists (WaitForFirstConsumer helper pods do not count). */
  boolean podExists() {
    return pod != null && !PodStates.isTemporary(pod);
  }
}
