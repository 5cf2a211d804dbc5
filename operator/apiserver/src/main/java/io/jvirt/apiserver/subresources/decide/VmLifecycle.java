package io.jvirt.apiserver.subresources.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.RunStrategies;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StateChangeAction;
import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.subresources.RestartOptions;
import io.jvirt.api.v1.subresources.StartOptions;
import io.jvirt.api.v1.subresources.StopOptions;
import io.jvirt.common.model.WireNames;
import java.util.List;
import java.util.Map;

/**
 * Decides what {@code start}, {@code stop} and {@code restart} on a VirtualMachine do, per run
 * strategy, as upstream's virt-api does: a status request for the controller, a run strategy
 * rewrite, or a refusal.
 */
public final class VmLifecycle {
  private static final int ACCEPTED = 202;

  private VmLifecycle() {}

  /** {@code PUT .../virtualmachines/{name}/start}; {@code vmi} is the VMI of that name or null. */
  public static LifecyclePlan start(
      VirtualMachine vm, VirtualMachineInstance vmi, StartOptions options) {
    String name = vm.getMetadata().getName();
    if (vmi != null
        && !isFinal(vmi)
        && phase(vmi) != null
        && phase(vmi) != VirtualMachineInstancePhase.UNKNOWN) {
      return Rejections.conflictVm(name, "VM is already running");
    }
    if (hasTrueCondition(vm, "ManualRecoveryRequired")) {
      return Rejections.conflictVm(name, "VM recovery required: the VM's volumes need attention");
    }
    RunStrategy strategy;
    try {
      strategy = RunStrategies.effective(vm.getSpec());
    } catch (IllegalArgumentException e) {
      return Rejections.internal(e.getMessage());
    }
    boolean paused = options != null && Boolean.TRUE.equals(options.getPaused());
    StateChangeRequest start = new StateChangeRequest().setAction(StateChangeAction.START);
    if (paused) {
      start.setData(Map.of("paused", "true"));
    }
    return switch (strategy) {
      case HALTED ->
          paused
              ? requests(vm, List.of(start))
              : apply(List.of(), RunStrategyPatch.to(vm, RunStrategy.ALWAYS), List.of());
      case MANUAL ->
          vmi != null && isFinal(vmi)
              ? requests(vm, List.of(stopFor(vmi), start))
              : requests(vm, List.of(start));
      case RERUN_ON_FAILURE -> startRerunOnFailure(vm, vmi, start);
      case ALWAYS, ONCE, WAIT_AS_RECEIVER ->
          Rejections.conflictVm(
              name, WireNames.of(strategy) + " does not support manual start requests");
    };
  }

  private static LifecyclePlan startRerunOnFailure(
      VirtualMachine vm, VirtualMachineInstance vmi, StateChangeRequest start) {
    if (vmi != null && phase(vmi) == VirtualMachineInstancePhase.SUCCEEDED) {
      return requests(vm, List.of(stopFor(vmi), start));
    }
    if (vmi != null && phase(vmi) == VirtualMachineInstancePhase.FAILED) {
      return Rejections.conflictVm(
          vm.getMetadata().getName(),
          "RerunOnFailure does not support starting VM from failed state");
    }
    return requests(vm, List.of(start));
  }

  /** {@code PUT .../virtualmachines/{name}/stop}. */
  public static LifecyclePlan stop(
      VirtualMachine vm, VirtualMachineInstance vmi, StopOptions options) {
    String name = vm.getMetadata().getName();
    Long grace = options == null ? null : options.getGracePeriod();
    boolean running = vmi != null && !isFinal(vmi);
    List<PatchOp> gracePatch = running && grace != null ? GracePatch.to(vmi, grace) : List.of();
    RunStrategy strategy;
    try {
      strategy = RunStrategies.effective(vm.getSpec());
    } catch (IllegalArgumentException e) {
      return Rejections.internal(e.getMessage());
    }
    return switch (strategy) {
      case HALTED -> {
        if (!running) {
          yield Rejections.conflictVm(name, "VM is not running");
        }
        Long current =
            vmi.getSpec() == null ? null : vmi.getSpec().getTerminationGracePeriodSeconds();
        if (grace == null || (current != null && grace >= current)) {
          yield Rejections.conflictVm(
              name, "Halted only supports manual stop requests with a shorter graceperiod");
        }
        yield apply(gracePatch, List.of(), RequestsPatch.replace(vm, List.of(stopFor(vmi))));
      }
      case MANUAL, RERUN_ON_FAILURE ->
          running
              ? apply(gracePatch, List.of(), RequestsPatch.replace(vm, List.of(stopFor(vmi))))
              : Rejections.conflictVm(name, "VM is not running");
      case ALWAYS, ONCE, WAIT_AS_RECEIVER ->
          apply(gracePatch, RunStrategyPatch.to(vm, RunStrategy.HALTED), List.of());
    };
  }

  /** {@code PUT .../virtualmachines/{name}/restart}. */
  public static LifecyclePlan restart(
      VirtualMachine vm, VirtualMachineInstance vmi, RestartOptions options) {
    String name = vm.getMetadata().getName();
    Long grace = options == null ? null : options.getGracePeriodSeconds();
    if (grace != null && grace > 0) {
      return Rejections.badRequest("For force restart, only gracePeriod=0 is supported for now");
    }
    if (grace != null && grace < 0) {
      return Rejections.badRequest("gracePeriod has to be greater or equal to 0");
    }
    RunStrategy strategy;
    try {
      strategy = RunStrategies.effective(vm.getSpec());
    } catch (IllegalArgumentException e) {
      return Rejections.internal(e.getMessage());
    }
    if (strategy == RunStrategy.HALTED || strategy == RunStrategy.ONCE) {
      return Rejections.conflictVm(
          name,
          "RunStategy " + WireNames.of(strategy) + " does not support manual restart requests");
    }
    if (vmi == null) {
      return Rejections.conflictVm(name, "VM is not running: Halted");
    }
    if (vm.getStatus() != null
        && vm.getStatus().getStateChangeRequests() != null
        && !vm.getStatus().getStateChangeRequests().isEmpty()) {
      return Rejections.internal(
          "unable to complete request: stop/start already underway for VM " + name);
    }
    // a forced restart kills at once: grace 1, not 0, so the guest is still signalled
    List<PatchOp> gracePatch = grace != null ? GracePatch.to(vmi, 1L) : List.of();
    StateChangeRequest start = new StateChangeRequest().setAction(StateChangeAction.START);
    return apply(gracePatch, List.of(), RequestsPatch.replace(vm, List.of(stopFor(vmi), start)));
  }

  private static LifecyclePlan requests(VirtualMachine vm, List<StateChangeRequest> requests) {
    return apply(List.of(), List.of(), RequestsPatch.replace(vm, requests));
  }

  private static LifecyclePlan apply(
      List<PatchOp> vmiPatch, List<PatchOp> specPatch, List<PatchOp> statusPatch) {
    return new LifecyclePlan.Apply(vmiPatch, specPatch, statusPatch, ACCEPTED);
  }

  private static StateChangeRequest stopFor(VirtualMachineInstance vmi) {
    return new StateChangeRequest()
        .setAction(StateChangeAction.STOP)
        .setUid(vmi.getMetadata().getUid());
  }

  static VirtualMachineInstancePhase phase(VirtualMachineInstance vmi) {
    return vmi.getStatus() == null ? null : vmi.getStatus().getPhase();
  }

  static boolean isFinal(VirtualMachineInstance vmi) {
    return phase(vmi) != null && phase(vmi).isFinal();
  }

  private static boolean hasTrueCondition(VirtualMachine vm, String type) {
    List<Condition> conditions = vm.getStatus() == null ? null : vm.getStatus().getConditions();
    return conditions != null
        && conditions.stream()
            .anyMatch(c -> type.equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
