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
      return List.of(
          PatchOp.test("/spec/runStrategy", WireNames.of(vm.getSpec().getRunStrategy())),
          PatchOp.replace("/spec/runStrategy", WireNames.of(strategy)));
    }
    boolean running = strategy == RunStrategy.ALWAYS;
    if (vm.getSpec().getRunning() == null) {
      return List.of(PatchOp.add("/spec/running", running));
    }
    return List.of(
        PatchOp.test("/spec/running", vm.getSpec().getRunning()),
        PatchOp.replace("/spec/running", running));
  }
}
