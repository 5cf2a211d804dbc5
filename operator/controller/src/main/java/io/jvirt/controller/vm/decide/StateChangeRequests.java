package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.StateChangeAction;
import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.List;
import java.util.Map;

/** Reads a VM's pending start/stop requests; only the first one is ever acted upon. */
final class StateChangeRequests {
  static final String PAUSED_KEY = "paused";

  private StateChangeRequests() {}

  /** The VM's requests, never null. */
  static List<StateChangeRequest> all(VirtualMachine vm) {
    if (vm.getStatus() == null || vm.getStatus().getStateChangeRequests() == null) {
      return List.of();
    }
    return vm.getStatus().getStateChangeRequests();
  }

  /** The first request, or null. */
  static StateChangeRequest first(VirtualMachine vm) {
    List<StateChangeRequest> requests = all(vm);
    return requests.isEmpty() ? null : requests.get(0);
  }

  /** True when the first request is a Start. */
  static boolean hasStartRequest(VirtualMachine vm) {
    StateChangeRequest first = first(vm);
    return first != null && first.getAction() == StateChangeAction.START;
  }

  /** True when the first request is a Start with {@code paused: "true"}. */
  static boolean hasStartPausedRequest(VirtualMachine vm) {
    if (!hasStartRequest(vm)) {
      return false;
    }
    Map<String, String> data = first(vm).getData();
    return data != null && "true".equals(data.get(PAUSED_KEY));
  }

  /** True when the first request is a Stop aimed at this very VMI (by UID). */
  static boolean hasStopRequestFor(VirtualMachine vm, VirtualMachineInstance vmi) {
    StateChangeRequest first = first(vm);
    return vmi != null
        && first != null
        && first.getAction() == StateChangeAction.STOP
        && first.getUid() != null
        && first.getUid().equals(VmiFacts.uid(vmi));
  }
}
