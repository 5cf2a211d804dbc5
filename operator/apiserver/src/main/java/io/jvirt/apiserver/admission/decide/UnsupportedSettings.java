package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.Memory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Modelled fields whose value asks for something the launcher cannot build into a libvirt domain on
 * a jvirt node: CPU pinning, memory hotplug, persistent EFI variables, IOThread pools, VSOCK,
 * SR-IOV and binding plugins, SCSI reservations, and guests that are not amd64.
 */
final class UnsupportedSettings {
  /** The only IOThreads policies the launcher can express with libvirt 9. */
  static final List<String> IO_THREAD_POLICIES = List.of("shared", "auto");

  private UnsupportedSettings() {}

  /** Spec-level settings outside the domain: only amd64 guests run on jvirt nodes. */
  static List<FieldError> findInSpec(VirtualMachineInstanceSpec spec, String prefix) {
    String architecture = spec.getArchitecture();
    if (architecture != null && !architecture.isEmpty() && !"amd64".equals(architecture)) {
      return List.of(value(prefix + "architecture", architecture));
    }
    return List.of();
  }

  static List<FieldError> findInDomain(DomainSpec domain, String prefix) {
    if (domain == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>(cpu(domain.getCpu(), prefix + "cpu."));
    errors.addAll(memory(domain.getMemory(), prefix + "memory."));
    errors.addAll(firmware(domain.getFirmware(), prefix + "firmware."));
    String policy = domain.getIoThreadsPolicy();
    if (policy != null && !IO_THREAD_POLICIES.contains(policy)) {
      errors.add(value(prefix + "ioThreadsPolicy", policy));
    }
    if (domain.getDevices() != null) {
      if (Boolean.TRUE.equals(domain.getDevices().getAutoattachVSOCK())) {
        errors.add(field(prefix + "devices.autoattachVSOCK"));
      }
      errors.addAll(disks(VmiParts.orEmpty(domain.getDevices().getDisks()), prefix));
      errors.addAll(interfaces(VmiParts.orEmpty(domain.getDevices().getInterfaces()), prefix));
    }
    return errors;
  }

  private static List<FieldError> cpu(CPU cpu, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (cpu != null && Boolean.TRUE.equals(cpu.getDedicatedCpuPlacement())) {
      errors.add(field(prefix + "dedicatedCpuPlacement"));
    }
    if (cpu != null && Boolean.TRUE.equals(cpu.getIsolateEmulatorThread())) {
      errors.add(field(prefix + "isolateEmulatorThread"));
    }
    return errors;
  }

  /** A maxGuest above guest memory asks for memory hotplug; equal to it is just the size. */
  private static List<FieldError> memory(Memory memory, String prefix) {
    if (memory == null || memory.getMaxGuest() == null) {
      return List.of();
    }
    Optional<BigDecimal> max = VmiResourceRules.amount(memory.getMaxGuest());
    Optional<BigDecimal> guest =
        Optional.ofNullable(memory.getGuest()).flatMap(VmiResourceRules::amount);
    boolean same = max.isPresent() && guest.isPresent() && max.get().compareTo(guest.get()) == 0;
    return same ? List.of() : List.of(field(prefix + "maxGuest"));
  }

  private static List<FieldError> firmware(Firmware firmware, String prefix) {
    boolean persistent =
        firmware != null
            && firmware.getBootloader() != null
            && firmware.getBootloader().getEfi() != null
            && Boolean.TRUE.equals(firmware.getBootloader().getEfi().getPersistent());
    return persistent ? List.of(field(prefix + "bootloader.efi.persistent")) : List.of();
  }

  private static List<FieldError> disks(List<Disk> disks, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < disks.size(); i++) {
      Disk disk = disks.get(i);
      if (disk.getLun() != null && Boolean.TRUE.equals(disk.getLun().getReservation())) {
        errors.add(field(prefix + "devices.disks[" + i + "].lun.reservation"));
      }
    }
    return errors;
  }

  private static List<FieldError> interfaces(List<Interface> interfaces, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < interfaces.size(); i++) {
      String path = prefix + "devices.interfaces[" + i + "].";
      if (interfaces.get(i).getSriov() != null) {
        errors.add(field(path + "sriov"));
      }
      if (interfaces.get(i).getBinding() != null) {
        errors.add(field(path + "binding"));
      }
    }
    return errors;
  }

  private static FieldError field(String field) {
    return new FieldError(field, field + " is not supported by jvirt");
  }

  private static FieldError value(String field, String value) {
    return new FieldError(field, field + " " + value + " is not supported by jvirt");
  }
}
