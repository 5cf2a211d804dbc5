package io.jvirt.apiserver.subresources.decide;

import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import java.util.List;
import java.util.Map;

/**
 * The status patch that sets a VM's {@code stateChangeRequests}, guarded by a {@code test} of the
 * list it replaces so two callers cannot both win.
 */
final class RequestsPatch {
  private static final String PATH = "/status/stateChangeRequests";

  private RequestsPatch() {}

  static List<PatchOp> replace(VirtualMachine vm, List<StateChangeRequest> requests) {
    if (vm.getStatus() == null) {
      return List.of(PatchOp.add("/status", Map.of("stateChangeRequests", requests)));
    }
    List<StateChangeRequest> current = vm.getStatus().getStateChangeRequests();
    // an empty list is replaced like an absent one: there is nothing pending to guard
    return PatchOp.set(PATH, current == null || current.isEmpty() ? null : current, requests);
  }
}
