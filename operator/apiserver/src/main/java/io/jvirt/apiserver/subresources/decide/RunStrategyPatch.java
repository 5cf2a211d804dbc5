package io.jvirt.apiserver.subresources.decide;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.common.model.WireNames;
import java.util.List;

/**
 * The spec patch that turns a VM to Always or Halted, in the field the user wrote ({@code
 * runStrategy}, or the deprecated {@code running}), guarded by a {@code test} of the old value.
 */
final class RunStrategyPatch {
  private RunStrategyPatch() {}

  static List<PatchOp> to(VirtualMachine vm, RunStrategy strategy) {
    if (vm.getSpec().getRunStrategy() != null) {
      return PatchOp.set(
          "/spec/runStrategy", WireNames.of(vm.getSpec().getRunStrategy()), WireNames.of(strategy));
    }
    return PatchOp.set("/spec/running", vm.getSpec().getRunning(), strategy == RunStrategy.ALWAYS);
  }
}
