package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.InterfaceBridge;
import io.jvirt.api.v1.domain.Machine;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.network.PodNetwork;
import io.jvirt.api.v1.volume.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The defaults upstream's admission applies to a VMI spec (amd64), filling only what the user left
 * unset: machine type q35, a firmware UUID, guest memory from the resources, a disk (bus sata) for
 * every diskless volume, and the pod network with a bridge interface when no network is given.
 */
public final class Defaults {
  /** Machine type of amd64 guests. */
  public static final String MACHINE_TYPE = "q35";

  private Defaults() {}

  /** Fills the defaults into {@code spec} (a copy the caller owns); {@code uuids} makes UUIDs. */
  public static void applyTo(VirtualMachineInstanceSpec spec, Supplier<String> uuids) {
    DomainSpec domain = spec.getDomain();
    if (domain == null) {
      return;
    }
    machine(domain);
    if (domain.getFirmware() == null) {
      domain.setFirmware(new Firmware());
    }
    if (domain.getFirmware().getUuid() == null) {
      domain.getFirmware().setUuid(uuids.get());
    }
    guestMemory(domain);
    if (domain.getDevices() != null) {
      diskPerVolume(spec, domain);
      podNetwork(spec, domain);
    }
  }

  /** Sets the machine type when absent. */
  public static void machine(DomainSpec domain) {
    if (domain.getMachine() == null) {
      domain.setMachine(new Machine());
    }
    if (domain.getMachine().getType() == null) {
      domain.getMachine().setType(MACHINE_TYPE);
    }
  }

  private static void guestMemory(DomainSpec domain) {
    Memory memory = domain.getMemory();
    if (memory != null && (memory.getGuest() != null || memory.getHugepages() != null)) {
      return;
    }
    var resources = domain.getResources();
    Quantity size = resources == null ? null : pick(resources.getRequests());
    if (size == null && resources != null) {
      size = pick(resources.getLimits());
    }
    if (size != null) {
      domain.setMemory((memory == null ? new Memory() : memory).setGuest(size));
    }
  }

  private static Quantity pick(Map<String, Quantity> resources) {
    return resources == null ? null : resources.get("memory");
  }

  private static void diskPerVolume(VirtualMachineInstanceSpec spec, DomainSpec domain) {
    List<Disk> disks =
        domain.getDevices().getDisks() == null
            ? new ArrayList<>()
            : new ArrayList<>(domain.getDevices().getDisks());
    Set<String> named = disks.stream().map(Disk::getName).collect(Collectors.toSet());
    named.addAll(filesystemNames(domain));
    for (Volume volume : spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()) {
      if (volume.getName() != null
          && !named.contains(volume.getName())
          && !isFilesystemOnly(volume)) {
        disks.add(new Disk().setName(volume.getName()).setDisk(new DiskTarget()));
      }
    }
    for (Disk disk : disks) {
      if (disk.getDisk() != null && disk.getDisk().getBus() == null) {
        disk.getDisk().setBus(DiskBus.SATA);
      }
    }
    domain.getDevices().setDisks(disks.isEmpty() ? null : disks);
  }

  private static Set<String> filesystemNames(DomainSpec domain) {
    Object filesystems = domain.getDevices().getUnmodelledFields().get("filesystems");
    if (!(filesystems instanceof List<?> list)) {
      return Set.of();
    }
    return list.stream()
        .filter(Map.class::isInstance)
        .map(f -> String.valueOf(((Map<?, ?>) f).get("name")))
        .collect(Collectors.toSet());
  }

  /** Memory-dump volumes get no disk. */
  private static boolean isFilesystemOnly(Volume volume) {
    return volume.getUnmodelledFields().containsKey("memoryDump");
  }

  private static void podNetwork(VirtualMachineInstanceSpec spec, DomainSpec domain) {
    boolean noInterfaces =
        domain.getDevices().getInterfaces() == null
            || domain.getDevices().getInterfaces().isEmpty();
    boolean noNetworks = spec.getNetworks() == null || spec.getNetworks().isEmpty();
    if (!noInterfaces
        || !noNetworks
        || Boolean.FALSE.equals(domain.getDevices().getAutoattachPodInterface())) {
      return;
    }
    domain
        .getDevices()
        .setInterfaces(
            new ArrayList<>(
                List.of(new Interface().setName("default").setBridge(new InterfaceBridge()))));
    spec.setNetworks(
        new ArrayList<>(List.of(new Network().setName("default").setPod(new PodNetwork()))));
  }
}
