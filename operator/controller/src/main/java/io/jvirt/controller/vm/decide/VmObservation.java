package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a VM decision reads: the VM, its claimed VMI (null when none), the reconciler's
 * in-memory expectations, the DataVolumes (by name) and PVC phases (by claim name; absent = not
 * found) of the VM's namespace, and the current time.
 */
public record VmObservation(
    VirtualMachine vm,
    VirtualMachineInstance vmi,
    boolean vmiCreationExpected,
    boolean vmiDeletionExpected,
    Map<String, DataVolume> dataVolumes,
    Map<String, String> pvcPhases,
    Instant now) {

  /** Rejects a missing VM or clock; missing maps mean "nothing observed". */
  public VmObservation {
    Objects.requireNonNull(vm, "vm");
    Objects.requireNonNull(now, "now");
    dataVolumes = dataVolumes == null ? Map.of() : dataVolumes;
    pvcPhases = pvcPhases == null ? Map.of() : pvcPhases;
  }

  /** The same observation with {@code other} in place of the VM. */
  public VmObservation withVm(VirtualMachine other) {
    return new VmObservation(
        other, vmi, vmiCreationExpected, vmiDeletionExpected, dataVolumes, pvcPhases, now);
  }

  /** True while the reconciler waits for a VMI create or delete it issued to be observed. */
  public boolean expectationsPending() {
    return vmiCreationExpected || vmiDeletionExpected;
  }
}
