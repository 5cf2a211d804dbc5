package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategies;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StartFailure;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The one-word VM status {@code kubectl get vm} shows: the first matching rule wins. */
public final class PrintableStatusCalculator {
  private static final Set<VirtualMachineInstancePhase> STARTING_PHASES =
      EnumSet.of(
          VirtualMachineInstancePhase.PENDING,
          VirtualMachineInstancePhase.SCHEDULING,
          VirtualMachineInstancePhase.SCHEDULED);
  private static final Set<RunStrategy> CRASH_LOOPING =
      EnumSet.of(RunStrategy.ALWAYS, RunStrategy.RERUN_ON_FAILURE, RunStrategy.ONCE);
  private static final Map<PrintableStatus, Predicate<VmObservation>> RULES = rules();

  private PrintableStatusCalculator() {}

  /** The status of the first rule that holds, Unknown when none does. */
  public static PrintableStatus calculate(VmObservation obs) {
    return RULES.entrySet().stream()
        .filter(rule -> rule.getValue().test(obs))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(PrintableStatus.UNKNOWN);
  }

  /** True when the run strategy (and requests) want a VMI to be running now. */
  public static boolean isSetToStart(VmObservation obs) {
    RunStrategy strategy = RunStrategies.effectiveOrNull(obs.vm().getSpec());
    VirtualMachineInstance vmi = obs.vmi();
    if (strategy == null) {
      return false;
    }
    return switch (strategy) {
      case ALWAYS -> true;
      case MANUAL ->
          vmi != null
              ? !StateChangeRequests.hasStopRequestFor(obs.vm(), vmi)
              : StateChangeRequests.hasStartRequest(obs.vm());
      case RERUN_ON_FAILURE ->
          vmi != null
              ? VmiFacts.phase(vmi) != VirtualMachineInstancePhase.SUCCEEDED
              : StateChangeRequests.hasStartRequest(obs.vm())
                  || recordedStrategy(obs) != RunStrategy.RERUN_ON_FAILURE;
      case ONCE -> vmi == null;
      case HALTED, WAIT_AS_RECEIVER -> false;
    };
  }

  private static Map<PrintableStatus, Predicate<VmObservation>> rules() {
    Map<PrintableStatus, Predicate<VmObservation>> rules = new LinkedHashMap<>();
    rules.put(
        PrintableStatus.TERMINATING, o -> o.vm().getMetadata().getDeletionTimestamp() != null);
    rules.put(
        PrintableStatus.STOPPING,
        o ->
            o.vmi() != null
                && !VmiFacts.isFinal(o.vmi())
                && (VmiFacts.isBeingDeleted(o.vmi()) || o.vmiDeletionExpected()));
    rules.put(PrintableStatus.MIGRATING, o -> VmiFacts.isMigrating(o.vmi(), o.now()));
    rules.put(PrintableStatus.PAUSED, o -> isRunning(o.vmi()) && isPaused(o.vmi()));
    rules.put(PrintableStatus.RUNNING, o -> isRunning(o.vmi()) && !isPaused(o.vmi()));
    rules.put(PrintableStatus.ERROR_PVC_NOT_FOUND, o -> syncFailed(o.vmi(), "FailedPvcNotFound"));
    rules.put(PrintableStatus.DATA_VOLUME_ERROR, VolumeStates::hasDataVolumeErrors);
    rules.put(
        PrintableStatus.ERROR_UNSCHEDULABLE,
        o -> VmiFacts.hasCondition(o.vmi(), "PodScheduled", "False", "Unschedulable"));
    rules.put(PrintableStatus.PROVISIONING, VolumeStates::hasDataVolumeProvisioning);
    rules.put(
        PrintableStatus.WAITING_FOR_VOLUME_BINDING,
        o -> isSetToStart(o) && VolumeStates.hasUnboundPvc(o));
    rules.put(PrintableStatus.ERR_IMAGE_PULL, o -> syncFailed(o.vmi(), "ErrImagePull"));
    rules.put(PrintableStatus.IMAGE_PULL_BACK_OFF, o -> syncFailed(o.vmi(), "ImagePullBackOff"));
    rules.put(PrintableStatus.STARTING, PrintableStatusCalculator::isStarting);
    rules.put(PrintableStatus.CRASH_LOOP_BACK_OFF, PrintableStatusCalculator::isCrashLooping);
    rules.put(
        PrintableStatus.STOPPED,
        o -> o.vmi() != null ? VmiFacts.isFinal(o.vmi()) : !o.vmiCreationExpected());
    rules.put(
        PrintableStatus.WAITING_FOR_RECEIVER, PrintableStatusCalculator::isWaitingForReceiver);
    return rules;
  }

  private static boolean isRunning(VirtualMachineInstance vmi) {
    return VmiFacts.phase(vmi) == VirtualMachineInstancePhase.RUNNING;
  }

  private static boolean isPaused(VirtualMachineInstance vmi) {
    return VmiFacts.hasCondition(vmi, "Paused", "True");
  }

  private static boolean syncFailed(VirtualMachineInstance vmi, String reason) {
    return VmiFacts.hasCondition(vmi, "Synchronized", "False", reason);
  }

  private static boolean isStarting(VmObservation obs) {
    if (obs.vmi() == null) {
      return obs.vmiCreationExpected();
    }
    VirtualMachineInstancePhase phase = VmiFacts.phase(obs.vmi());
    return phase == null || STARTING_PHASES.contains(phase);
  }

  private static boolean isCrashLooping(VmObservation obs) {
    if ((obs.vmi() != null && !VmiFacts.isFinal(obs.vmi())) || obs.vmiCreationExpected()) {
      return false;
    }
    StartFailure failure =
        obs.vm().getStatus() == null ? null : obs.vm().getStatus().getStartFailure();
    Integer count = failure == null ? null : failure.getConsecutiveFailCount();
    return count != null
        && count > 0
        && CRASH_LOOPING.contains(RunStrategies.effectiveOrNull(obs.vm().getSpec()));
  }

  private static boolean isWaitingForReceiver(VmObservation obs) {
    return RunStrategies.effectiveOrNull(obs.vm().getSpec()) == RunStrategy.WAIT_AS_RECEIVER
        && (obs.vmi() == null
            || VmiFacts.phase(obs.vmi()) == VirtualMachineInstancePhase.WAITING_FOR_SYNC);
  }

  private static RunStrategy recordedStrategy(VmObservation obs) {
    return obs.vm().getStatus() == null ? null : obs.vm().getStatus().getRunStrategy();
  }
}
