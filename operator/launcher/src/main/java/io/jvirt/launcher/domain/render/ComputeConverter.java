package io.jvirt.launcher.domain.render;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.CPUFeature;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.launcher.domain.model.Cpu;
import io.jvirt.launcher.domain.model.Domain;
import io.jvirt.launcher.domain.model.MemoryBacking;
import io.jvirt.launcher.domain.model.Vcpu;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Memory, vCPUs and the guest CPU model (upstream compute/memory.go, vcpu.go, converter.go). */
final class ComputeConverter {
  static final String HOST_MODEL = "host-model";
  static final String HOST_PASSTHROUGH = "host-passthrough";

  /** A model TCG emulates completely; host-model would ask for flags TCG lacks. */
  static final String EMULATED_MODEL = "qemu64";

  private ComputeConverter() {}

  static void convert(VmiView vmi, ConverterContext context, Domain.DomainBuilder domain) {
    DomainSpec spec = vmi.domain();
    VcpuLayout layout = VcpuLayout.of(spec);
    long memory = guestMemory(spec);
    domain.memory(io.jvirt.launcher.domain.model.Memory.bytes(memory));
    domain.vcpu(new Vcpu("static", layout.maxVcpus()));
    if (layout.hotplug()) {
      domain.vcpus(new Vcpu.States(vcpuStates(layout)));
    }
    boolean hugepages = spec.getMemory() != null && spec.getMemory().getHugepages() != null;
    if (hugepages) {
      domain.memoryBacking(hugepageBacking(spec.getMemory()));
    }
    domain.cpu(cpu(spec.getCpu(), layout, context, hugepages ? memory : null));
  }

  /** memory.guest, else requests.memory, else limits.memory, else the hugepage size; bytes. */
  static long guestMemory(DomainSpec spec) {
    Memory memory = spec.getMemory();
    if (memory != null && memory.getGuest() != null) {
      if (memory.getMaxGuest() != null && !sameSize(memory.getGuest(), memory.getMaxGuest())) {
        throw new ConversionException(
            "spec.domain.memory.maxGuest", "memory hotplug is not supported by jvirt");
      }
      return Quantities.bytes(memory.getGuest(), "spec.domain.memory.guest");
    }
    ResourceRequirements resources = spec.getResources();
    Quantity requested = resources == null ? null : memory(resources.getRequests());
    if (requested != null) {
      return Quantities.bytes(requested, "spec.domain.resources.requests.memory");
    }
    Quantity limit = resources == null ? null : memory(resources.getLimits());
    if (limit != null) {
      return Quantities.bytes(limit, "spec.domain.resources.limits.memory");
    }
    if (memory != null && memory.getHugepages() != null) {
      Quantity page = new Quantity(memory.getHugepages().getPageSize());
      return Quantities.bytes(page, "spec.domain.memory.hugepages.pageSize");
    }
    throw new ConversionException(
        "spec.domain.memory.guest", "no memory size: set it, or requests or limits of memory");
  }

  private static boolean sameSize(Quantity a, Quantity b) {
    return Objects.equals(
        Quantities.bytes(a, "spec.domain.memory.guest"),
        Quantities.bytes(b, "spec.domain.memory.maxGuest"));
  }

  private static Quantity memory(Map<String, Quantity> resources) {
    return resources == null ? null : resources.get("memory");
  }

  private static List<Vcpu.State> vcpuStates(VcpuLayout layout) {
    int perSocket = layout.cores() * layout.threads();
    List<Vcpu.State> states = new ArrayList<>();
    for (int id = 0; id < layout.maxVcpus(); id++) {
      states.add(
          new Vcpu.State(id, id < layout.vcpus() ? "yes" : "no", id >= perSocket ? "yes" : "no"));
    }
    return states;
  }

  private static MemoryBacking hugepageBacking(Memory memory) {
    String pageSize = memory.getHugepages().getPageSize();
    if (pageSize == null) {
      throw new ConversionException("spec.domain.memory.hugepages.pageSize", "is required");
    }
    long kib =
        Quantities.bytes(new Quantity(pageSize), "spec.domain.memory.hugepages.pageSize") / 1024;
    return new MemoryBacking(
        List.of(new MemoryBacking.Page(kib, "KiB")), new MemoryBacking.Source("memfd"));
  }

  private static Cpu cpu(CPU spec, VcpuLayout layout, ConverterContext context, Long numaBytes) {
    CPU cpu = spec == null ? new CPU() : spec;
    if (VmiView.isTrue(cpu.getDedicatedCpuPlacement())) {
      throw new ConversionException(
          "spec.domain.cpu.dedicatedCpuPlacement", "CPU pinning is not supported by jvirt");
    }
    Cpu.CpuBuilder builder =
        Cpu.builder()
            .topology(new Cpu.Topology(layout.maxSockets(), layout.cores(), layout.threads()))
            .features(features(cpu));
    String model = cpu.getModel() == null || cpu.getModel().isEmpty() ? HOST_MODEL : cpu.getModel();
    boolean hostCpu = HOST_MODEL.equals(model) || HOST_PASSTHROUGH.equals(model);
    if (context.useEmulation() && hostCpu) {
      builder.mode("custom").match("exact").model(new Cpu.Model("allow", EMULATED_MODEL));
    } else if (hostCpu) {
      builder.mode(model);
    } else {
      builder.mode("custom").match("exact").model(new Cpu.Model("allow", model));
    }
    if (numaBytes != null) {
      // memfd-backed hugepages need a guest NUMA node holding all memory and vCPUs.
      String cpus = "0-" + (layout.maxVcpus() - 1);
      builder.numa(List.of(new Cpu.NumaCell(0, cpus, numaBytes / 1024, "KiB")));
    }
    return builder.build();
  }

  /**
   * The spec's features (policy require by default); named models also get mpx disabled unless
   * listed, as upstream does, since libvirt's model files still name that retired flag.
   */
  private static List<Cpu.Feature> features(CPU cpu) {
    List<Cpu.Feature> features = new ArrayList<>();
    boolean mpxListed = false;
    for (CPUFeature feature : VmiView.orEmpty(cpu.getFeatures())) {
      String policy = feature.getPolicy() == null ? "require" : feature.getPolicy();
      features.add(new Cpu.Feature(policy, feature.getName()));
      mpxListed |= "mpx".equals(feature.getName());
    }
    String model = cpu.getModel();
    boolean named =
        model != null
            && !model.isEmpty()
            && !HOST_MODEL.equals(model)
            && !HOST_PASSTHROUGH.equals(model);
    if (named && !mpxListed) {
      features.add(new Cpu.Feature("disable", "mpx"));
    }
    return features;
  }
}
