package io.jvirt.controller.vm;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineStatus;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.controller.expectations.ExpectationKeys;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vm.decide.DataVolumesFromVm;
import io.jvirt.controller.vm.decide.RunAction;
import io.jvirt.controller.vm.decide.RunDecision;
import io.jvirt.controller.vm.decide.RunStrategyDecider;
import io.jvirt.controller.vm.decide.StatusInputs;
import io.jvirt.controller.vm.decide.VmObservation;
import io.jvirt.controller.vm.decide.VmStatusCalculator;
import io.jvirt.controller.vm.decide.VolumeNames;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/** One VM sync: observe (VM, VMI, expectations) → decide (pure) → act → record status. */
public final class VmSync {
  /** How often a VM waiting for its DataVolumes looks again (DataVolumes are not watched). */
  static final Duration STORAGE_POLL = Duration.ofSeconds(5);

  private final VmActions actions;
  private final VmVolumes volumes;
  private final Expectations expectations;
  private final Clock clock;
  private final DoubleSupplier jitter;

  /** A sync acting through {@code actions}; {@code jitter} spreads crash-loop retries. */
  public VmSync(
      VmActions actions,
      VmVolumes volumes,
      Expectations expectations,
      Clock clock,
      DoubleSupplier jitter) {
    this.actions = actions;
    this.volumes = volumes;
    this.expectations = expectations;
    this.clock = clock;
    this.jitter = jitter;
  }

  /** Brings the VM's VMI in line with its run strategy; returns when to look again, or null. */
  public Duration sync(VirtualMachine vm, VirtualMachineInstance vmi) {
    observeExpectations(vm, vmi);
    Storage storage = observeStorage(vm);
    Duration requeue = storage.waiting() ? STORAGE_POLL : null;
    Optional<StatusInputs.SyncError> error = Optional.empty();
    VirtualMachine current = vm;
    try {
      if (DataVolumesFromVm.shouldCreate(vm)) {
        for (DataVolume dv : DataVolumesFromVm.missing(vm, storage.dataVolumes())) {
          volumes.create(vm, dv);
        }
      }
      RunDecision decision = RunStrategyDecider.decide(observe(vm, vmi, storage));
      for (RunAction action : decision.actions()) {
        if (action instanceof RunAction.AppendStartRequest) {
          // recorded before the VMI is deleted: a failed write then leaves nothing half done
          current = actions.updateStatus(current, VmStatusCalculator.withStartRequest(current));
        } else if (action instanceof RunAction.CreateVmi) {
          actions.createVmi(current);
        } else if (action instanceof RunAction.DeleteVmi) {
          actions.deleteVmi(current, vmi);
        } else if (action instanceof RunAction.RequeueAfter r) {
          requeue = requeue == null || r.delay().compareTo(requeue) < 0 ? r.delay() : requeue;
        } else if (action instanceof RunAction.SetRunStrategy s) {
          actions.setRunStrategy(current, s.strategy(), s.useRunningField());
        } else if (action instanceof RunAction.Fail f) {
          error = Optional.of(new StatusInputs.SyncError(f.reason(), f.message()));
        }
      }
    } catch (VmSyncException e) {
      error = Optional.of(new StatusInputs.SyncError(e.reason(), e.getMessage()));
    } catch (IllegalArgumentException e) {
      error = Optional.of(new StatusInputs.SyncError("UnsupportedSyncError", e.getMessage()));
    }
    releaseIfFinal(vmi);
    record(current, vmi, storage, error);
    return requeue;
  }

  /** While the VM is deleted: keep its status (Terminating) current. */
  public void recordTerminating(VirtualMachine vm, VirtualMachineInstance vmi) {
    observeExpectations(vm, vmi);
    releaseIfFinal(vmi);
    record(vm, vmi, observeStorage(vm), Optional.empty());
  }

  private void record(
      VirtualMachine vm,
      VirtualMachineInstance vmi,
      Storage storage,
      Optional<StatusInputs.SyncError> error) {
    VirtualMachineStatus status =
        VmStatusCalculator.next(observe(vm, vmi, storage), new StatusInputs(error, jitter));
    if (!Objects.equals(status, vm.getStatus())) {
      actions.updateStatus(vm, status);
    }
  }

  private void releaseIfFinal(VirtualMachineInstance vmi) {
    if (vmi != null
        && vmi.getStatus() != null
        && vmi.getStatus().getPhase() != null
        && vmi.getStatus().getPhase().isFinal()) {
      actions.releaseFinalVmi(vmi);
    }
  }

  private VmObservation observe(VirtualMachine vm, VirtualMachineInstance vmi, Storage storage) {
    String key = ExpectationKeys.vm(vm);
    boolean creating = !expectations.satisfied(key) && expectations.pendingCreations(key) > 0;
    boolean deleting =
        !expectations.satisfied(key) && !expectations.pendingDeletions(key).isEmpty();
    return new VmObservation(
        vm, vmi, creating, deleting, storage.dataVolumes(), storage.pvcPhases(), clock.instant());
  }

  private Storage observeStorage(VirtualMachine vm) {
    if (VolumeNames.dataVolumes(vm).isEmpty() && VolumeNames.claims(vm).isEmpty()) {
      return new Storage(Map.of(), Map.of(), false);
    }
    Map<String, DataVolume> dataVolumes = volumes.dataVolumes(vm);
    boolean waiting =
        !VolumeNames.dataVolumes(vm).isEmpty() && !DataVolumesFromVm.allReady(vm, dataVolumes);
    return new Storage(dataVolumes, volumes.pvcPhases(vm), waiting);
  }

  /** The VM's DataVolumes and claim phases, and whether it still waits for them. */
  private record Storage(
      Map<String, DataVolume> dataVolumes, Map<String, String> pvcPhases, boolean waiting) {}

  /** What the informer now shows settles what this controller was waiting for. */
  private void observeExpectations(VirtualMachine vm, VirtualMachineInstance vmi) {
    String key = ExpectationKeys.vm(vm);
    if (vmi != null && expectations.pendingCreations(key) > 0) {
      expectations.creationObserved(key);
    }
    if (vmi == null || vmi.getMetadata().getDeletionTimestamp() != null) {
      for (String uid : Set.copyOf(expectations.pendingDeletions(key))) {
        expectations.deletionObserved(key, uid);
      }
    }
  }
}
