package io.jvirt.controller.vm.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.StateChangeAction;
import io.jvirt.api.v1.StateChangeRequest;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.VirtualMachineStatus;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.volume.ContainerDiskSource;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders of VMs, VMIs and observations for the VM decision tests. */
final class TestVms {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final String NOW_TEXT = "2026-03-01T12:00:00Z";
  static final String EARLIER = "2026-03-01T11:00:00Z";
  static final String VM_NAME = "testvm";
  static final String VM_UID = "0c8d9d2e-vm";
  static final String VMI_UID = "7f1e4b3a-vmi";

  private TestVms() {}

  /** A VM named testvm with the given strategy, one container disk and the VM finalizer. */
  static VirtualMachine vm(RunStrategy strategy) {
    VirtualMachine vm = new VirtualMachine();
    ObjectMeta meta = vm.getMetadata();
    meta.setName(VM_NAME);
    meta.setNamespace("default");
    meta.setUid(VM_UID);
    meta.setGeneration(3L);
    meta.setFinalizers(new ArrayList<>(List.of(KubevirtFinalizers.VM_CONTROLLER)));
    ObjectMeta templateMeta = new ObjectMeta();
    templateMeta.setLabels(Map.of("app", VM_NAME));
    VirtualMachineInstanceSpec spec =
        new VirtualMachineInstanceSpec()
            .setDomain(
                new DomainSpec()
                    .setDevices(
                        new Devices()
                            .setDisks(new ArrayList<>(List.of(new Disk().setName("root"))))))
            .setVolumes(
                new ArrayList<>(
                    List.of(
                        new Volume()
                            .setName("root")
                            .setContainerDisk(new ContainerDiskSource().setImage("fedora")))));
    vm.setSpec(
        new VirtualMachineSpec()
            .setRunStrategy(strategy)
            .setTemplate(
                new VirtualMachineInstanceTemplateSpec().setMetadata(templateMeta).setSpec(spec)));
    vm.setStatus(new VirtualMachineStatus());
    return vm;
  }

  /** The VM's VMI (same name, UID {@link #VMI_UID}) in {@code phase}; null phase = unset. */
  static VirtualMachineInstance vmi(VirtualMachineInstancePhase phase) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.getMetadata().setName(VM_NAME);
    vmi.getMetadata().setNamespace("default");
    vmi.getMetadata().setUid(VMI_UID);
    vmi.setStatus(new VirtualMachineInstanceStatus().setPhase(phase));
    return vmi;
  }

  /** {@code vmi} marked for deletion. */
  static VirtualMachineInstance deleting(VirtualMachineInstance vmi) {
    vmi.getMetadata().setDeletionTimestamp(EARLIER);
    return vmi;
  }

  /** {@code vmi} with {@code conditions} added. */
  static VirtualMachineInstance withConditions(
      VirtualMachineInstance vmi, Condition... conditions) {
    List<Condition> all = new ArrayList<>(VmiFacts.conditions(vmi));
    all.addAll(List.of(conditions));
    vmi.getStatus().setConditions(all);
    return vmi;
  }

  /** A condition without times. */
  static Condition condition(String type, String status, String reason) {
    return new Condition().setType(type).setStatus(status).setReason(reason);
  }

  /** A Start request. */
  static StateChangeRequest start() {
    return new StateChangeRequest().setAction(StateChangeAction.START);
  }

  /** A Stop request for the VMI with {@code uid}. */
  static StateChangeRequest stop(String uid) {
    return new StateChangeRequest().setAction(StateChangeAction.STOP).setUid(uid);
  }

  /** {@code vm} with exactly these state change requests. */
  static VirtualMachine withRequests(VirtualMachine vm, StateChangeRequest... requests) {
    vm.getStatus().setStateChangeRequests(new ArrayList<>(List.of(requests)));
    return vm;
  }

  /** A DataVolume in {@code phase} with {@code conditions}. */
  static DataVolume dataVolume(
      String name, DataVolumePhase phase, DataVolumeCondition... conditions) {
    DataVolume dv = new DataVolume();
    dv.getMetadata().setName(name);
    dv.setStatus(new DataVolumeStatus().setPhase(phase).setConditions(List.of(conditions)));
    return dv;
  }

  /** A DataVolume condition. */
  static DataVolumeCondition dvCondition(String type, String status, String reason) {
    return new DataVolumeCondition().setType(type).setStatus(status).setReason(reason);
  }

  /** {@code vm} whose template also mounts the DataVolume (and PVC) {@code name}. */
  static VirtualMachine withDataVolumeVolume(VirtualMachine vm, String name) {
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .getVolumes()
        .add(new Volume().setName(name).setDataVolume(new DataVolumeVolumeSource().setName(name)));
    return vm;
  }

  /** An observation at {@link #NOW} without expectations, DataVolumes or PVCs. */
  static VmObservation observe(VirtualMachine vm, VirtualMachineInstance vmi) {
    return new VmObservation(vm, vmi, false, false, Map.of(), Map.of(), NOW);
  }

  /** An observation at {@link #NOW} with these DataVolumes and PVC phases. */
  static VmObservation observe(
      VirtualMachine vm,
      VirtualMachineInstance vmi,
      Map<String, DataVolume> dataVolumes,
      Map<String, String> pvcPhases) {
    return new VmObservation(vm, vmi, false, false, dataVolumes, pvcPhases, NOW);
  }

  /** An observation at {@link #NOW} with the given expectations. */
  static VmObservation observe(
      VirtualMachine vm, VirtualMachineInstance vmi, boolean creating, boolean deleting) {
    return new VmObservation(vm, vmi, creating, deleting, Map.of(), Map.of(), NOW);
  }
}
