package io.jvirt.controller.vm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineStatus;
import io.jvirt.controller.expectations.ExpectationKeys;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vm.decide.VmiFromVm;
import io.jvirt.daemon.events.EventRecorder;
import java.net.HttpURLConnection;
import java.util.List;

/** The writes of the VirtualMachine controller: each one API call, with its event. */
public final class VmActions {
  private final KubernetesClient client;
  private final EventRecorder events;
  private final Expectations expectations;

  /** Actions through {@code client}, recording events and expectations. */
  public VmActions(KubernetesClient client, EventRecorder events, Expectations expectations) {
    this.client = client;
    this.events = events;
    this.expectations = expectations;
  }

  /** Creates the VM's VMI; an existing one of that name is not an error (it is adopted later). */
  public void createVmi(VirtualMachine vm) {
    VirtualMachineInstance vmi = VmiFromVm.build(vm);
    try {
      expectations.expectCreations(ExpectationKeys.vm(vm), 1);
      client.resource(vmi).create();
      events.normal(
          vm,
          "SuccessfulCreate",
          "Started the virtual machine by creating the new virtual machine instance "
              + vmi.getMetadata().getName());
    } catch (KubernetesClientException e) {
      expectations.creationObserved(ExpectationKeys.vm(vm));
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        return;
      }
      events.warning(
          vm, "FailedCreate", "Error creating virtual machine instance: " + e.getMessage());
      throw new VmSyncException("FailedCreate", e.getMessage(), e);
    }
  }

  /** Deletes the VMI (the handler shuts the guest down within its grace period). */
  public void deleteVmi(VirtualMachine vm, VirtualMachineInstance vmi) {
    delete(vm, vmi, false);
  }

  /**
   * Deletes the VMI only as it was observed, its resourceVersion a precondition. Deleting a VM
   * needs this: the garbage collector first takes the VMI's owner reference away, then the VM's
   * {@code orphan} finalizer, and the VM's cache may show the second before the VMI's cache shows
   * the first; that VMI, changed since, stays and the VM is looked at again (a conflict).
   */
  public void deleteVmiAsObserved(VirtualMachine vm, VirtualMachineInstance vmi) {
    delete(vm, vmi, true);
  }

  private void delete(VirtualMachine vm, VirtualMachineInstance vmi, boolean asObserved) {
    String uid = vmi.getMetadata().getUid();
    try {
      expectations.expectDeletions(ExpectationKeys.vm(vm), List.of(uid));
      if (asObserved) {
        client.resource(vmi).lockResourceVersion(vmi.getMetadata().getResourceVersion()).delete();
      } else {
        client.resource(vmi).delete();
      }
      events.normal(
          vm,
          "SuccessfulDelete",
          "Stopped the virtual machine by deleting the virtual machine instance " + uid);
    } catch (KubernetesClientException e) {
      expectations.deletionObserved(ExpectationKeys.vm(vm), uid);
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return;
      }
      if (asObserved && e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      events.warning(
          vm, "FailedDelete", "Error deleting virtual machine instance: " + e.getMessage());
      throw new VmSyncException("FailedDelete", e.getMessage(), e);
    }
  }

  /** Takes an ownerless VMI of the VM's name under the VM's control. */
  public VirtualMachineInstance adopt(VirtualMachine vm, VirtualMachineInstance vmi) {
    return client
        .resource(vmi)
        .edit(
            v -> {
              v.getMetadata().getOwnerReferences().add(VmiFromVm.ownerReference(vm));
              return v;
            });
  }

  /** Rewrites the VM's run strategy (a start request on a Halted VM turns it to Always). */
  public void setRunStrategy(VirtualMachine vm, RunStrategy strategy, boolean useRunningField) {
    client
        .resource(vm)
        .edit(
            v -> {
              if (useRunningField) {
                v.getSpec().setRunning(strategy == RunStrategy.ALWAYS);
              } else {
                v.getSpec().setRunStrategy(strategy);
              }
              return v;
            });
  }

  /** Writes the VM status, guarded by the resourceVersion that was observed; returns the VM. */
  public VirtualMachine updateStatus(VirtualMachine vm, VirtualMachineStatus status) {
    VirtualMachine copy = new VirtualMachine();
    copy.setMetadata(vm.getMetadata());
    copy.setSpec(vm.getSpec());
    copy.setStatus(status);
    return client.resource(copy).updateStatus();
  }

  /** Lets a final VMI go: the VM controller's finalizer on it is no longer needed. */
  public void releaseFinalVmi(VirtualMachineInstance vmi) {
    if (!vmi.getMetadata().getFinalizers().contains(KubevirtFinalizers.VM_CONTROLLER)) {
      return;
    }
    client
        .resource(vmi)
        .edit(
            v -> {
              v.getMetadata().getFinalizers().remove(KubevirtFinalizers.VM_CONTROLLER);
              return v;
            });
  }
}
