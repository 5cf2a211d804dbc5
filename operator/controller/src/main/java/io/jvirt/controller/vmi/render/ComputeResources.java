package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.contract.DeviceResources;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Requests and limits of the compute container (upstream renderresources.go, section 3.4). */
final class ComputeResources {
  static final String EPHEMERAL_STORAGE_OVERHEAD = "50M";

  private ComputeResources() {}

  static ResourceRequirements render(VirtualMachineInstance vmi, ClusterConfig config) {
    SortedMap<String, Quantity> requests = copy(VmiTraits.resources(vmi).getRequests());
    SortedMap<String, Quantity> limits = copy(VmiTraits.resources(vmi).getLimits());
    SortedMap<String, Quantity> calculatedRequests = new TreeMap<>();
    addEphemeralStorage(requests, limits);
    limits.putAll(virtualizationDevices(vmi, config));
    memoryRequest(vmi, config, requests, limits);
    if (VmiTraits.dedicatedCpu(vmi)) {
      pinnedCpu(vmi, requests, limits);
    } else {
      sharedCpu(vmi, config, requests, calculatedRequests);
    }
    long overhead = MemoryOverhead.bytes(vmi);
    Memory memory = VmiTraits.domain(vmi).getMemory();
    if (memory != null && memory.getHugepages() != null) {
      hugePages(memory, overhead, requests, limits);
    } else {
      memoryOverhead(vmi, overhead, requests, limits);
    }
    // The VMI's own values win over calculated ones, as upstream's renderer merges them.
    calculatedRequests.putAll(requests);
    return new ResourceRequirementsBuilder()
        .withRequests(calculatedRequests)
        .withLimits(limits)
        .build();
  }

  private static void addEphemeralStorage(
      Map<String, Quantity> requests, Map<String, Quantity> limits) {
    Quantity overhead = new Quantity(EPHEMERAL_STORAGE_OVERHEAD);
    requests.merge("ephemeral-storage", overhead, ComputeResources::sumBytes);
    limits.computeIfPresent("ephemeral-storage", (key, limit) -> sumBytes(limit, overhead));
  }

  private static SortedMap<String, Quantity> virtualizationDevices(
      VirtualMachineInstance vmi, ClusterConfig config) {
    SortedMap<String, Quantity> devices = new TreeMap<>();
    boolean podInterfaceAttached =
        !Boolean.FALSE.equals(VmiTraits.devices(vmi).getAutoattachPodInterface());
    boolean hasInterfaces = !VmiTraits.interfaces(vmi).isEmpty();
    if (hasInterfaces || podInterfaceAttached) {
      devices.put(DeviceResources.TUN, new Quantity("1"));
    }
    if (!config.useEmulation() && hasVirtioInterface(vmi)) {
      devices.put(DeviceResources.VHOST_NET, new Quantity("1"));
    }
    if (!config.useEmulation()) {
      devices.put(DeviceResources.KVM, new Quantity("1"));
    }
    if (Boolean.TRUE.equals(VmiTraits.devices(vmi).getAutoattachVSOCK())) {
      devices.put(DeviceResources.VHOST_VSOCK, new Quantity("1"));
    }
    return devices;
  }

  private static boolean hasVirtioInterface(VirtualMachineInstance vmi) {
    for (Interface iface : VmiTraits.interfaces(vmi)) {
      if (iface.getModel() == null
          || iface.getModel().isEmpty()
          || "virtio".equals(iface.getModel())) {
        return true;
      }
    }
    return false;
  }

  private static void memoryRequest(
      VirtualMachineInstance vmi,
      ClusterConfig config,
      Map<String, Quantity> requests,
      Map<String, Quantity> limits) {
    long limit = Quantities.value(limits.get("memory"));
    if (limit > 0 && Quantities.value(requests.get("memory")) == 0) {
      requests.put("memory", Quantities.copy(limits.get("memory")));
    }
    if (requests.containsKey("memory")) {
      return;
    }
    Memory memory = VmiTraits.domain(vmi).getMemory();
    Quantity guest = memory == null ? null : memory.getGuest();
    boolean hugepages = memory != null && memory.getHugepages() != null;
    if (guest == null && hugepages && memory.getHugepages().getPageSize() != null) {
      guest = new Quantity(memory.getHugepages().getPageSize());
    }
    long bytes = Quantities.value(guest);
    if (bytes <= 0) {
      return;
    }
    if (config.memoryOvercommit() == 100 || hugepages || VmiTraits.dedicatedCpu(vmi)) {
      requests.put("memory", Quantities.copy(guest));
    } else {
      requests.put("memory", Quantities.bytes(bytes * 100 / config.memoryOvercommit()));
    }
  }

  private static void pinnedCpu(
      VirtualMachineInstance vmi, Map<String, Quantity> requests, Map<String, Quantity> limits) {
    long cpus = VmiTraits.vcpus(vmi) + supplementalIoThreads(vmi);
    if (VmiTraits.isolateEmulatorThread(vmi)) {
      cpus++;
    }
    limits.put("cpu", new Quantity(Long.toString(cpus)));
    requests.put("cpu", new Quantity(Long.toString(cpus)));
    if (requests.containsKey("memory")) {
      limits.put("memory", Quantities.copy(requests.get("memory")));
    }
  }

  private static void sharedCpu(
      VirtualMachineInstance vmi,
      ClusterConfig config,
      Map<String, Quantity> requests,
      Map<String, Quantity> calculated) {
    long cpus = VmiTraits.vcpus(vmi) + supplementalIoThreads(vmi);
    long millis = (cpus * 1000 + config.cpuAllocationRatio() - 1) / config.cpuAllocationRatio();
    calculated.put("cpu", Quantities.millis(millis));
    // Upstream's admission copies a non-default cluster cpuRequest into VMIs that set none.
    if (config.cpuRequestChanged() && !requests.containsKey("cpu")) {
      requests.put("cpu", Quantities.copy(config.cpuRequest()));
    }
  }

  private static long supplementalIoThreads(VirtualMachineInstance vmi) {
    DomainSpec domain = VmiTraits.domain(vmi);
    boolean pool = "supplementalPool".equals(domain.getIoThreadsPolicy());
    if (!pool || domain.getIoThreads() == null) {
      return 0;
    }
    Integer count = domain.getIoThreads().getSupplementalPoolThreadCount();
    return count == null ? 0 : count;
  }

  private static void hugePages(
      Memory memory, long overhead, Map<String, Quantity> requests, Map<String, Quantity> limits) {
    String resource = "hugepages-" + memory.getHugepages().getPageSize();
    long request = Quantities.value(requests.get("memory"));
    long guest = memory.getGuest() == null ? Long.MAX_VALUE : Quantities.value(memory.getGuest());
    long hugepages = Math.min(request, guest);
    requests.put(resource, Quantities.bytes(hugepages));
    limits.put(resource, Quantities.bytes(hugepages));
    requests.put("memory", Quantities.bytes(Math.max(request - guest, 0) + overhead));
    if (limits.containsKey("memory")) {
      long limit = Quantities.value(limits.get("memory"));
      limits.put("memory", Quantities.bytes(Math.max(limit - guest, 0) + overhead));
    }
  }

  private static void memoryOverhead(
      VirtualMachineInstance vmi,
      long overhead,
      Map<String, Quantity> requests,
      Map<String, Quantity> limits) {
    long request = Quantities.value(requests.get("memory"));
    if (!Boolean.TRUE.equals(VmiTraits.resources(vmi).getOvercommitGuestOverhead())) {
      request += overhead;
    }
    requests.put("memory", Quantities.bytes(request));
    if (limits.containsKey("memory")) {
      limits.put("memory", Quantities.bytes(Quantities.value(limits.get("memory")) + overhead));
    }
  }

  private static Quantity sumBytes(Quantity a, Quantity b) {
    return Quantities.bytes(Quantities.value(a) + Quantities.value(b));
  }

  private static SortedMap<String, Quantity> copy(Map<String, Quantity> source) {
    SortedMap<String, Quantity> copy = new TreeMap<>();
    if (source != null) {
      source.forEach((key, value) -> copy.put(key, Quantities.copy(value)));
    }
    return copy;
  }
}
