package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.vmi.Probe;
import io.jvirt.controller.config.model.ClusterConfig;

/** Memory the launcher pod needs beyond the guest's RAM (upstream KVM GetMemoryOverhead). */
public final class MemoryOverhead {
  /** virt-launcher-monitor, virt-launcher, virtlogd, virtqemud and qemu resident sizes. */
  private static final long FIXED_PROCESSES = (25 + 100 + 25 + 40 + 50) * Quantities.MI;

  private static final long PER_VCPU = 8 * Quantities.MI;
  private static final long IO_THREAD = 8 * Quantities.MI;
  private static final long VIDEO_RAM = 32 * Quantities.MI;
  private static final long ARM64_PFLASH = 128 * Quantities.MI;
  private static final long VIRT_PROBE_BINARY = 100 * Quantities.MI;
  private static final long PER_EXEC_PROBE = 10 * Quantities.MI;
  private static final long GUARANTEED_QOS = 100 * Quantities.MI;

  private MemoryOverhead() {}

  /**
   * The overhead of {@code vmi} for what jvirt models. {@code config} is accepted so the signature
   * matches upstream's, where cluster architecture and an overhead ratio enter.
   */
  public static Quantity of(VirtualMachineInstance vmi, ClusterConfig config) {
    return Quantities.bytes(bytes(vmi));
  }

  static long bytes(VirtualMachineInstance vmi) {
    long overhead = pageTables(vmi);
    overhead += FIXED_PROCESSES;
    overhead += PER_VCPU * VmiTraits.vcpus(vmi);
    overhead += IO_THREAD;
    if (!Boolean.FALSE.equals(VmiTraits.devices(vmi).getAutoattachGraphicsDevice())) {
      overhead += VIDEO_RAM;
    }
    if ("arm64".equals(vmi.getSpec().getArchitecture())) {
      overhead += ARM64_PFLASH;
    }
    overhead += probes(vmi);
    if (VmiTraits.dedicatedCpu(vmi) || VmiTraits.wantsGuaranteedQos(vmi)) {
      overhead += GUARANTEED_QOS;
    }
    Memory memory = VmiTraits.domain(vmi).getMemory();
    if (memory != null && memory.getReservedOverhead() != null) {
      overhead += Quantities.value(memory.getReservedOverhead().getAddedOverhead());
    }
    return overhead;
  }

  /** One byte per 512 bytes of requested memory, computed on whole kilobytes as upstream does. */
  private static long pageTables(VirtualMachineInstance vmi) {
    long requested =
        Quantities.value(Quantities.get(VmiTraits.resources(vmi).getRequests(), "memory"));
    long kilo = (requested + 999) / 1000;
    return kilo * 1000 / 512;
  }

  private static long probes(VirtualMachineInstance vmi) {
    boolean liveness = isExec(vmi.getSpec().getLivenessProbe());
    boolean readiness = isExec(vmi.getSpec().getReadinessProbe());
    long overhead = 0;
    if (liveness) {
      overhead += PER_EXEC_PROBE;
    }
    if (readiness) {
      overhead += PER_EXEC_PROBE;
    }
    if (liveness || readiness) {
      overhead += VIRT_PROBE_BINARY;
    }
    return overhead;
  }

  private static boolean isExec(Probe probe) {
    return probe != null && probe.getExec() != null;
  }
}
