package io.jvirt.handler.vmi.decide;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.Machine;
import io.jvirt.api.v1.vmi.CPUTopology;
import io.jvirt.api.v1.vmi.MemoryStatus;
import io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface;
import io.jvirt.api.v1.vmi.VolumeStatus;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.handler.vmi.decide.DomainView.GuestNic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status fields virt-handler fills from the running domain (upstream's updateVMIStatus):
 * interfaces (MAC from the domain, IPs of the pod), machine type, memory, CPU topology and the
 * guest device of each volume. Fields other writers own are kept.
 */
final class StatusFromDomain {
  private static final String POD_INTERFACE = "eth0";
  private static final long MEBIBYTE = 1024L * 1024;

  private StatusFromDomain() {}

  static void apply(
      VirtualMachineInstance vmi,
      VirtualMachineInstanceStatus status,
      DomainView domain,
      List<String> podIps) {
    interfaces(vmi, status, domain, podIps);
    if (domain.guestOs() != null && !domain.guestOs().equals(status.getGuestOSInfo())) {
      status.setGuestOSInfo(domain.guestOs());
    }
    if (!domain.machineType().isEmpty()) {
      status.setMachine(new Machine().setType(domain.machineType()));
    }
    memory(vmi, status, domain);
    if (status.getCurrentCPUTopology() == null) {
      status.setCurrentCPUTopology(topology(vmi));
    }
    volumes(vmi, status, domain);
  }

  private static void interfaces(
      VirtualMachineInstance vmi,
      VirtualMachineInstanceStatus status,
      DomainView domain,
      List<String> podIps) {
    Map<String, VirtualMachineInstanceNetworkInterface> known = new LinkedHashMap<>();
    if (status.getInterfaces() != null) {
      status.getInterfaces().forEach(i -> known.put(i.getName(), i));
    }
    List<VirtualMachineInstanceNetworkInterface> result = new ArrayList<>();
    for (Interface iface : specInterfaces(vmi)) {
      String mac = domain.interfaceMacs().get(iface.getName());
      if (mac == null) {
        continue;
      }
      VirtualMachineInstanceNetworkInterface entry =
          known.getOrDefault(iface.getName(), new VirtualMachineInstanceNetworkInterface());
      entry.setName(iface.getName());
      entry.setMac(mac);
      entry.setInfoSource("domain");
      if (entry.getPodInterfaceName() == null) {
        entry.setPodInterfaceName(POD_INTERFACE);
      }
      // the pod's IPs, also for masquerade (upstream reports the pod IP, never 10.0.2.2)
      entry.setIpAddress(podIps.isEmpty() ? null : podIps.get(0));
      entry.setIpAddresses(podIps.isEmpty() ? null : List.copyOf(podIps));
      GuestNic guest = byMac(domain.guestInterfaces(), mac);
      if (guest != null) {
        GuestInterfaces.merge(entry, guest, iface.getMasquerade() != null);
      }
      result.add(entry);
    }
    if (!result.isEmpty()) {
      result.addAll(GuestInterfaces.unmatched(domain.guestInterfaces(), result));
    }
    status.setInterfaces(result.isEmpty() ? status.getInterfaces() : result);
  }

  private static GuestNic byMac(List<GuestNic> nics, String mac) {
    return nics.stream().filter(n -> n.mac().equalsIgnoreCase(mac)).findFirst().orElse(null);
  }

  private static void memory(
      VirtualMachineInstance vmi, VirtualMachineInstanceStatus status, DomainView domain) {
    MemoryStatus memory = status.getMemory() == null ? new MemoryStatus() : status.getMemory();
    Quantity guest = guestMemory(vmi);
    if (memory.getGuestAtBoot() == null && guest != null) {
      memory.setGuestAtBoot(guest);
    }
    if (memory.getGuestRequested() == null && guest != null) {
      memory.setGuestRequested(guest);
    }
    if (domain.currentMemoryBytes() > 0) {
      memory.setGuestCurrent(quantity(domain.currentMemoryBytes()));
    }
    status.setMemory(memory);
  }

  private static void volumes(
      VirtualMachineInstance vmi, VirtualMachineInstanceStatus status, DomainView domain) {
    Map<String, VolumeStatus> known = new LinkedHashMap<>();
    if (status.getVolumeStatus() != null) {
      status.getVolumeStatus().forEach(v -> known.put(v.getName(), v));
    }
    List<Volume> volumes =
        vmi.getSpec().getVolumes() == null ? List.of() : vmi.getSpec().getVolumes();
    for (Volume volume : volumes) {
      String target = domain.diskTargets().get(volume.getName());
      if (target == null || target.isEmpty()) {
        continue;
      }
      VolumeStatus entry =
          known.computeIfAbsent(volume.getName(), n -> new VolumeStatus().setName(n));
      entry.setTarget(target);
    }
    if (!known.isEmpty()) {
      List<VolumeStatus> sorted = new ArrayList<>(known.values());
      sorted.sort(Comparator.comparing(VolumeStatus::getName));
      status.setVolumeStatus(sorted);
    }
  }

  private static CPUTopology topology(VirtualMachineInstance vmi) {
    CPU cpu = vmi.getSpec().getDomain() == null ? null : vmi.getSpec().getDomain().getCpu();
    return new CPUTopology()
        .setSockets(cpu == null || cpu.getSockets() == null ? 1L : cpu.getSockets())
        .setCores(cpu == null || cpu.getCores() == null ? 1L : cpu.getCores())
        .setThreads(cpu == null || cpu.getThreads() == null ? 1L : cpu.getThreads());
  }

  private static Quantity guestMemory(VirtualMachineInstance vmi) {
    var domain = vmi.getSpec().getDomain();
    if (domain == null) {
      return null;
    }
    if (domain.getMemory() != null && domain.getMemory().getGuest() != null) {
      return domain.getMemory().getGuest();
    }
    if (domain.getResources() != null && domain.getResources().getRequests() != null) {
      return domain.getResources().getRequests().get("memory");
    }
    return null;
  }

  /** Bytes as upstream prints them: whole MiB as "128Mi", otherwise plain bytes. */
  static Quantity quantity(long bytes) {
    return bytes % MEBIBYTE == 0
        ? new Quantity((bytes / MEBIBYTE) + "Mi")
        : new Quantity(Long.toString(bytes));
  }

  private static List<Interface> specInterfaces(VirtualMachineInstance vmi) {
    var domain = vmi.getSpec().getDomain();
    if (domain == null
        || domain.getDevices() == null
        || domain.getDevices().getInterfaces() == null) {
      return List.of();
    }
    return domain.getDevices().getInterfaces();
  }
}
