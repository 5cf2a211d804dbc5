package io.jvirt.controller.vmi.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;

/**
 * The VMI's {@code DataVolumesReady} condition, upstream's words, kept while DataVolumes matter.
 */
public final class DataVolumesReadyCondition {
  public static final String TYPE = "DataVolumesReady";

  private DataVolumesReadyCondition() {}

  /** Sets the condition from {@code volumes} when they were looked up and the VMI has some. */
  static void sync(VirtualMachineInstanceStatus status, DataVolumeStates volumes, String now) {
    if (!volumes.reported()) {
      return;
    }
    boolean ready = volumes.ready();
    VmiConditions.update(
        status,
        new Condition()
            .setType(TYPE)
            .setStatus(ready ? "True" : "False")
            .setReason(ready ? "AllDVsReady" : "NotAllDVsReady")
            .setMessage(
                ready
                    ? "All of the VMI's DVs are bound and ready"
                    : "Not all of the VMI's DVs are ready")
            .setLastTransitionTime(now));
  }
}
