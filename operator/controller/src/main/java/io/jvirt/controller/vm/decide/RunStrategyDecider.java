package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.RunStrategies;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.common.model.WireNames;
import io.jvirt.controller.vm.decide.RunAction.AppendStartRequest;
import io.jvirt.controller.vm.decide.RunAction.CreateVmi;
import io.jvirt.controller.vm.decide.RunAction.DeleteVmi;
import io.jvirt.controller.vm.decide.RunAction.Fail;
import io.jvirt.controller.vm.decide.RunAction.RequeueAfter;
import io.jvirt.controller.vm.decide.RunAction.SetRunStrategy;
import java.time.Duration;
import java.util.List;

/**
 * Decides whether the VM's VMI must be created, deleted or left alone (upstream syncRunStrategy).
 */
public final class RunStrategyDecider {
  /** Failure reason of start-side sync errors. */
  public static final String FAILED_CREATE = "FailedCreate";

  private static final String MANUAL_RECOVERY_REQUIRED = "ManualRecoveryRequired";

  private RunStrategyDecider() {}

  /** The actions that bring the VMI in line with the VM's run strategy and requests. */
  public static RunDecision decide(VmObservation obs) {
    if (obs.expectationsPending()) {
      return RunDecision.none();
    }
    VirtualMachine vm = obs.vm();
    if (vm.getMetadata().getDeletionTimestamp() != null) {
      return onVmDeletion(obs);
    }
    RunStrategy strategy;
    try {
      strategy = RunStrategies.effective(vm.getSpec());
    } catch (IllegalArgumentException e) {
      return RunDecision.of(
          new Fail(FAILED_CREATE, "Error fetching RunStrategy: " + e.getMessage()));
    }
    if (VolumeStates.immediateDataVolumeCreation(vm)) {
      String quotaError = VolumeStates.exceededQuotaError(obs);
      if (quotaError != null) {
        return RunDecision.of(
            new Fail(FAILED_CREATE, "Error encountered while creating DataVolumes: " + quotaError));
      }
      // like upstream, a Halted VM proceeds (to stop its VMI) while its disks are not ready
      if (strategy != RunStrategy.HALTED && !VolumeStates.templateDataVolumesReady(obs)) {
        return RunDecision.none();
      }
    }
    return switch (strategy) {
      case ALWAYS -> always(obs);
      case RERUN_ON_FAILURE -> rerunOnFailure(obs);
      case MANUAL -> manual(obs);
      case HALTED -> halted(obs);
      case ONCE -> obs.vmi() == null ? start(obs, false) : RunDecision.none();
      case WAIT_AS_RECEIVER ->
          RunDecision.of(
              new Fail(FAILED_CREATE, "unsupported runstrategy: " + WireNames.of(strategy)));
    };
  }

  private static RunDecision onVmDeletion(VmObservation obs) {
    VirtualMachineInstance vmi = obs.vmi();
    List<String> finalizers = obs.vm().getMetadata().getFinalizers();
    boolean orphaning = finalizers != null && finalizers.contains(KubevirtFinalizers.ORPHAN);
    if (vmi == null || orphaning) {
      return RunDecision.none();
    }
    return stop(vmi, "VirtualMachine is being deleted");
  }

  private static RunDecision always(VmObservation obs) {
    VirtualMachineInstance vmi = obs.vmi();
    if (vmi == null) {
      return start(obs, true);
    }
    if (StateChangeRequests.hasStopRequestFor(obs.vm(), vmi)) {
      return stop(vmi, "restart requested");
    }
    return VmiFacts.isFinal(vmi)
        ? stop(vmi, "VMI is final and runStrategy is Always")
        : RunDecision.none();
  }

  private static RunDecision rerunOnFailure(VmObservation obs) {
    VirtualMachine vm = obs.vm();
    VirtualMachineInstance vmi = obs.vmi();
    if (vmi != null) {
      if (VmiFacts.isBeingDeleted(vmi)) {
        return RunDecision.none();
      }
      if (VmiFacts.phase(vmi) == VirtualMachineInstancePhase.FAILED) {
        // the Start request is recorded before the delete, and only once, so a retry keeps it
        return StateChangeRequests.hasStartRequest(vm)
            ? RunDecision.of(new DeleteVmi("VMI failed"))
            : RunDecision.of(new AppendStartRequest(), new DeleteVmi("VMI failed"));
      }
      if (VmiFacts.phase(vmi) == VirtualMachineInstancePhase.SUCCEEDED) {
        return stop(vmi, "VMI succeeded");
      }
      return StateChangeRequests.hasStopRequestFor(vm, vmi)
          ? stop(vmi, "stop requested")
          : RunDecision.none();
    }
    RunStrategy recorded = vm.getStatus() == null ? null : vm.getStatus().getRunStrategy();
    // without a request, only a VM that just switched to RerunOnFailure (or never ran) starts
    if (!StateChangeRequests.hasStartRequest(vm) && recorded == RunStrategy.RERUN_ON_FAILURE) {
      return RunDecision.none();
    }
    return start(obs, true);
  }

  private static RunDecision manual(VmObservation obs) {
    VirtualMachineInstance vmi = obs.vmi();
    if (vmi == null) {
      return StateChangeRequests.hasStartRequest(obs.vm()) ? start(obs, false) : RunDecision.none();
    }
    return StateChangeRequests.hasStopRequestFor(obs.vm(), vmi)
        ? stop(vmi, "stop requested")
        : RunDecision.none();
  }

  private static RunDecision halted(VmObservation obs) {
    if (obs.vmi() != null) {
      return stop(obs.vmi(), "runStrategy is Halted");
    }
    if (!StateChangeRequests.hasStartRequest(obs.vm())) {
      return RunDecision.none();
    }
    // a start request on a Halted VM (start --paused) turns it to Always; the next pass starts it
    boolean useRunning = obs.vm().getSpec() == null || obs.vm().getSpec().getRunStrategy() == null;
    return RunDecision.of(
        new SetRunStrategy(RunStrategy.ALWAYS, useRunning),
        new Fail(FAILED_CREATE, "Failure while starting VMI: runStrategy changed to Always"));
  }

  private static RunDecision start(VmObservation obs, boolean respectBackoff) {
    if (respectBackoff) {
      Duration left =
          CrashLoopBackoff.timeLeft(
              obs.vm().getStatus() == null ? null : obs.vm().getStatus().getStartFailure(),
              obs.now());
      if (!left.isZero()) {
        return RunDecision.of(new RequeueAfter(left));
      }
    }
    if (!VolumeStates.templateDataVolumesReady(obs) || manualRecoveryRequired(obs.vm())) {
      return RunDecision.none();
    }
    return RunDecision.of(new CreateVmi());
  }

  private static RunDecision stop(VirtualMachineInstance vmi, String reason) {
    // a VMI already being deleted is left to finish; deleting again changes nothing
    return VmiFacts.isBeingDeleted(vmi)
        ? RunDecision.none()
        : RunDecision.of(new DeleteVmi(reason));
  }

  private static boolean manualRecoveryRequired(VirtualMachine vm) {
    return vm.getStatus() != null
        && vm.getStatus().getConditions() != null
        && vm.getStatus().getConditions().stream()
            .anyMatch(
                c -> MANUAL_RECOVERY_REQUIRED.equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
