package io.jvirt.controller.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the VMI controller should write after one look at a VMI and its launcher pods.
 *
 * @param status the VMI status to store (a fresh object, never the input's)
 * @param labelsToAdd labels to set on the VMI, e.g. {@code kubevirt.io/nodeName} at hand-over
 * @param createPod whether to render and create the launcher pod now
 * @param podsToDelete names of pods to delete (the VMI is being deleted, or a WaitForFirstConsumer
 *     helper pod's work is done)
 * @param createTemporaryPod whether to create the pod that binds WaitForFirstConsumer claims
 * @param removeForegroundFinalizer whether to drop {@code
 *     kubevirt.io/foregroundDeleteVirtualMachine} and its deprecated unqualified form: the VMI is
 *     final and has no pods left
 */
public record VmiStatusUpdate(
    VirtualMachineInstanceStatus status,
    Map<String, String> labelsToAdd,
    boolean createPod,
    boolean createTemporaryPod,
    List<String> podsToDelete,
    boolean removeForegroundFinalizer) {

  /** Rejects a missing status and makes the collections immutable. */
  public VmiStatusUpdate {
    Objects.requireNonNull(status, "status");
    labelsToAdd = Map.copyOf(labelsToAdd);
    podsToDelete = List.copyOf(podsToDelete);
  }
}
