package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.RunStrategies;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StateChangeAction;
import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineStatus;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.contract.KubevirtAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The VM status after a reconcile (upstream updateStatus), computed into a new object. The
 * observation should already show what this reconcile wrote to the VM (e.g. an appended Start
 * request); the VMI is the one observed before this reconcile's create or delete took effect.
 */
public final class VmStatusCalculator {
  private VmStatusCalculator() {}

  /** The next status; {@code obs.vm().getStatus()} is read, never modified. */
  public static VirtualMachineStatus next(VmObservation obs, StatusInputs inputs) {
    VirtualMachine vm = obs.vm();
    VirtualMachineInstance vmi = obs.vmi();
    VirtualMachineStatus status = DeepCopies.of(vm.getStatus(), VirtualMachineStatus.class);
    if (status == null) {
      status = new VirtualMachineStatus();
    }
    boolean created = vmi != null;
    status.setCreated(created ? Boolean.TRUE : null);
    status.setReady(VmiFacts.hasCondition(vmi, VmConditions.READY, "True") ? Boolean.TRUE : null);
    Long observedGeneration = generationAnnotation(vmi);
    if (observedGeneration != null) {
      status.setObservedGeneration(observedGeneration);
      status.setDesiredGeneration(vm.getMetadata().getGeneration());
    }
    RunStrategy strategy = RunStrategies.effectiveOrNull(vm.getSpec());
    // recorded once a VMI was created: RerunOnFailure tells "switched to" from "ran before" by it
    if (strategy != null && (status.getRunStrategy() != null || created)) {
      status.setRunStrategy(strategy);
    }
    if (trimFirstRequest(status.getStateChangeRequests(), vmi)) {
      List<StateChangeRequest> rest = status.getStateChangeRequests();
      status.setStateChangeRequests(
          rest.size() == 1 ? null : new ArrayList<>(rest.subList(1, rest.size())));
    }
    status.setStartFailure(
        CrashLoopBackoff.next(status.getStartFailure(), vmi, strategy, obs.now(), inputs.jitter()));
    status.setConditions(
        VmConditions.next(status.getConditions(), vmi, inputs.syncError(), obs.now()));
    status.setPrintableStatus(
        PrintableStatusCalculator.calculate(obs.withVm(withStatus(vm, status))));
    return status;
  }

  /** A copy of the VM's status with {@code {action: Start}} appended to its requests. */
  public static VirtualMachineStatus withStartRequest(VirtualMachine vm) {
    VirtualMachineStatus status = DeepCopies.of(vm.getStatus(), VirtualMachineStatus.class);
    if (status == null) {
      status = new VirtualMachineStatus();
    }
    List<StateChangeRequest> requests = new ArrayList<>(StateChangeRequests.all(vm));
    requests.add(new StateChangeRequest().setAction(StateChangeAction.START));
    status.setStateChangeRequests(requests);
    return status;
  }

  /**
   * True when the first request is done: a Stop once its VMI is gone or replaced (or it names no
   * VMI), a Start once a live VMI exists.
   */
  static boolean trimFirstRequest(List<StateChangeRequest> requests, VirtualMachineInstance vmi) {
    if (requests == null || requests.isEmpty()) {
      return false;
    }
    StateChangeRequest first = requests.get(0);
    if (first.getAction() == StateChangeAction.STOP) {
      return vmi == null || first.getUid() == null || !first.getUid().equals(VmiFacts.uid(vmi));
    }
    return first.getAction() == StateChangeAction.START
        && vmi != null
        && !VmiFacts.isBeingDeleted(vmi)
        && !VmiFacts.isFinal(vmi);
  }

  private static Long generationAnnotation(VirtualMachineInstance vmi) {
    Map<String, String> annotations = vmi == null ? null : vmi.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(KubevirtAnnotations.VM_GENERATION);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static VirtualMachine withStatus(VirtualMachine vm, VirtualMachineStatus status) {
    VirtualMachine view = new VirtualMachine();
    view.setMetadata(vm.getMetadata());
    view.setSpec(vm.getSpec());
    view.setStatus(status);
    return view;
  }
}
