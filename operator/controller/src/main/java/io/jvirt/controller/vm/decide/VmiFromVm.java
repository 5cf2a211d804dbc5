package io.jvirt.controller.vm.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.contract.KubevirtAnnotations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The VMI a VM starts, built from its template (upstream SetupVMIFromVM and startVMI). */
public final class VmiFromVm {
  /** The startStrategy that boots the guest paused. */
  public static final String START_PAUSED = "Paused";

  private VmiFromVm() {}

  /** A new VMI sharing no object with {@code vm}. */
  public static VirtualMachineInstance build(VirtualMachine vm) {
    VirtualMachineInstanceTemplateSpec template =
        vm.getSpec() == null ? null : vm.getSpec().getTemplate();
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(metadata(vm, template == null ? null : template.getMetadata()));
    VirtualMachineInstanceSpec spec =
        template == null
            ? null
            : DeepCopies.of(template.getSpec(), VirtualMachineInstanceSpec.class);
    spec = spec == null ? new VirtualMachineInstanceSpec() : spec;
    if (StateChangeRequests.hasStartPausedRequest(vm)) {
      spec.setStartStrategy(START_PAUSED);
    }
    Devices devices = devices(spec);
    Firmware firmware = spec.getDomain().getFirmware();
    if (firmware == null) {
      firmware = new Firmware();
      spec.getDomain().setFirmware(firmware);
    }
    if (firmware.getUuid() == null || firmware.getUuid().isEmpty()) {
      firmware.setUuid(LegacyFirmwareUuid.of(vm.getMetadata().getName()).toString());
    }
    addDefaultDisks(spec, devices);
    vmi.setSpec(spec);
    return vmi;
  }

  private static ObjectMeta metadata(VirtualMachine vm, ObjectMeta templateMeta) {
    ObjectMeta vmMeta = vm.getMetadata();
    ObjectMeta meta =
        templateMeta == null ? new ObjectMeta() : DeepCopies.of(templateMeta, ObjectMeta.class);
    meta.setName(vmMeta.getName());
    meta.setGenerateName(null);
    meta.setNamespace(vmMeta.getNamespace());
    Map<String, String> annotations = new LinkedHashMap<>();
    if (meta.getAnnotations() != null) {
      annotations.putAll(meta.getAnnotations());
    }
    long generation = vmMeta.getGeneration() == null ? 0 : vmMeta.getGeneration();
    annotations.put(KubevirtAnnotations.VM_GENERATION, Long.toString(generation));
    meta.setAnnotations(annotations);
    meta.setOwnerReferences(new ArrayList<>(List.of(ownerReference(vm))));
    List<String> finalizers =
        meta.getFinalizers() == null ? new ArrayList<>() : new ArrayList<>(meta.getFinalizers());
    if (!finalizers.contains(KubevirtFinalizers.VM_CONTROLLER)) {
      finalizers.add(KubevirtFinalizers.VM_CONTROLLER);
    }
    meta.setFinalizers(finalizers);
    return meta;
  }

  private static Devices devices(VirtualMachineInstanceSpec spec) {
    if (spec.getDomain() == null) {
      spec.setDomain(new DomainSpec());
    }
    if (spec.getDomain().getDevices() == null) {
      spec.getDomain().setDevices(new Devices());
    }
    return spec.getDomain().getDevices();
  }

  /** Gives every volume without a disk or filesystem of its name a plain disk {@code {name}}. */
  private static void addDefaultDisks(VirtualMachineInstanceSpec spec, Devices devices) {
    if (spec.getVolumes() == null || spec.getVolumes().isEmpty()) {
      return;
    }
    Set<String> attached = new HashSet<>();
    List<Disk> disks =
        devices.getDisks() == null ? new ArrayList<>() : new ArrayList<>(devices.getDisks());
    disks.forEach(d -> attached.add(d.getName()));
    // filesystems (virtiofs) are not modelled; their names still count as attached
    if (devices.getUnmodelledFields().get("filesystems") instanceof List<?> filesystems) {
      filesystems.stream()
          .filter(Map.class::isInstance)
          .map(fs -> ((Map<?, ?>) fs).get("name"))
          .filter(String.class::isInstance)
          .forEach(name -> attached.add((String) name));
    }
    for (Volume volume : spec.getVolumes()) {
      if (attached.add(volume.getName())) {
        disks.add(new Disk().setName(volume.getName()));
      }
    }
    devices.setDisks(disks);
  }

  /** The controller owner reference of what a VM owns (its VMI, its DataVolumes). */
  public static OwnerReference ownerReference(VirtualMachine vm) {
    return new OwnerReferenceBuilder()
        .withApiVersion(KubevirtGroup.API_VERSION)
        .withKind("VirtualMachine")
        .withName(vm.getMetadata().getName())
        .withUid(vm.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
