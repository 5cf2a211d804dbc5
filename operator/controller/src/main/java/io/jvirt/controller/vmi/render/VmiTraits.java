package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.ResourceRequirements;
import java.util.List;
import java.util.Map;

/** Derived facts about a VMI spec that several render steps need. */
final class VmiTraits {
  /** Upstream DefaultGracePeriodSeconds. */
  static final long DEFAULT_GRACE_PERIOD_SECONDS = 30;

  /** The UID virt-launcher runs as when the VMI is non-root. */
  static final long NON_ROOT_UID = 107;

  private VmiTraits() {}

  static DomainSpec domain(VirtualMachineInstance vmi) {
    DomainSpec domain = vmi.getSpec().getDomain();
    return domain == null ? new DomainSpec() : domain;
  }

  static Devices devices(VirtualMachineInstance vmi) {
    Devices devices = domain(vmi).getDevices();
    return devices == null ? new Devices() : devices;
  }

  static ResourceRequirements resources(VirtualMachineInstance vmi) {
    ResourceRequirements resources = domain(vmi).getResources();
    return resources == null ? new ResourceRequirements() : resources;
  }

  static long gracePeriodSeconds(VirtualMachineInstance vmi) {
    Long grace = vmi.getSpec().getTerminationGracePeriodSeconds();
    return grace == null ? DEFAULT_GRACE_PERIOD_SECONDS : grace;
  }

  /**
   * Guest vCPUs: the topology product (unset factors count 1) when any factor is set, else the CPU
   * limit or request, else 1 - what upstream's admission defaulting would have written.
   */
  static long vcpus(VirtualMachineInstance vmi) {
    CPU cpu = domain(vmi).getCpu();
    if (cpu != null
        && (cpu.getCores() != null || cpu.getSockets() != null || cpu.getThreads() != null)) {
      return (long) orOne(cpu.getCores()) * orOne(cpu.getSockets()) * orOne(cpu.getThreads());
    }
    ResourceRequirements resources = resources(vmi);
    long fromLimit = Quantities.value(Quantities.get(resources.getLimits(), "cpu"));
    long fromRequest = Quantities.value(Quantities.get(resources.getRequests(), "cpu"));
    long vcpus = fromLimit > 0 ? fromLimit : fromRequest;
    return Math.max(vcpus, 1);
  }

  static boolean dedicatedCpu(VirtualMachineInstance vmi) {
    CPU cpu = domain(vmi).getCpu();
    return cpu != null && Boolean.TRUE.equals(cpu.getDedicatedCpuPlacement());
  }

  static boolean isolateEmulatorThread(VirtualMachineInstance vmi) {
    CPU cpu = domain(vmi).getCpu();
    return cpu != null && Boolean.TRUE.equals(cpu.getIsolateEmulatorThread());
  }

  /** Requests equal limits for both CPU and memory, both non-zero: the VMI asks for Guaranteed. */
  static boolean wantsGuaranteedQos(VirtualMachineInstance vmi) {
    ResourceRequirements resources = resources(vmi);
    Map<String, Quantity> requests = resources.getRequests();
    Map<String, Quantity> limits = resources.getLimits();
    return sameNonZero(Quantities.get(requests, "memory"), Quantities.get(limits, "memory"))
        && sameNonZero(Quantities.get(requests, "cpu"), Quantities.get(limits, "cpu"));
  }

  /** Non-root when admission recorded a non-zero runtimeUser (jvirt keeps it unmodelled). */
  static boolean nonRoot(VirtualMachineInstance vmi) {
    if (vmi.getStatus() == null) {
      return false;
    }
    Object user = vmi.getStatus().getUnmodelledFields().get("runtimeUser");
    return user instanceof Number number && number.longValue() != 0;
  }

  /**
   * The VMI's interfaces; when it declares neither interfaces nor networks and keeps the pod
   * interface, the implicit default one (model unset, so virtio) that admission would add.
   */
  static List<Interface> interfaces(VirtualMachineInstance vmi) {
    List<Interface> interfaces = devices(vmi).getInterfaces();
    if (interfaces != null && !interfaces.isEmpty()) {
      return interfaces;
    }
    boolean noNetworks =
        vmi.getSpec().getNetworks() == null || vmi.getSpec().getNetworks().isEmpty();
    if (noNetworks && !Boolean.FALSE.equals(devices(vmi).getAutoattachPodInterface())) {
      return List.of(new Interface().setName("default"));
    }
    return List.of();
  }

  private static boolean sameNonZero(Quantity request, Quantity limit) {
    long value = Quantities.milliValue(request);
    return value != 0 && value == Quantities.milliValue(limit);
  }

  private static int orOne(Integer value) {
    return value == null || value == 0 ? 1 : value;
  }
}
