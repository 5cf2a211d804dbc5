package io.jvirt.launcher.domain.render;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.ResourceRequirements;
import java.util.Map;

/**
 * The guest's CPU topology (upstream vcpu.GetCPUTopology): the spec's sockets, cores and threads,
 * or, when none is set, one socket per CPU of the limit (else the request), rounded up.
 *
 * @param maxSockets sockets the guest may grow to; equal to sockets without CPU hotplug
 */
record VcpuLayout(int sockets, int cores, int threads, int maxSockets) {

  static VcpuLayout of(DomainSpec domain) {
    CPU cpu = domain.getCpu() == null ? new CPU() : domain.getCpu();
    int sockets = positive(cpu.getSockets());
    int cores = positive(cpu.getCores());
    int threads = positive(cpu.getThreads());
    if (sockets == 0 && cores == 0 && threads == 0) {
      sockets = (int) Math.max(1, fromResources(domain.getResources()));
    }
    sockets = Math.max(1, sockets);
    int max = Math.max(sockets, positive(cpu.getMaxSockets()));
    return new VcpuLayout(sockets, Math.max(1, cores), Math.max(1, threads), max);
  }

  /** vCPUs the guest boots with. */
  int vcpus() {
    return sockets * cores * threads;
  }

  /** vCPUs the domain is sized for, counting hot-pluggable sockets. */
  int maxVcpus() {
    return maxSockets * cores * threads;
  }

  boolean hotplug() {
    return maxSockets > sockets;
  }

  private static long fromResources(ResourceRequirements resources) {
    if (resources == null) {
      return 1;
    }
    Quantity limit = cpu(resources.getLimits());
    if (limit != null) {
      return Quantities.ceil(limit, "spec.domain.resources.limits.cpu");
    }
    Quantity request = cpu(resources.getRequests());
    return request == null ? 1 : Quantities.ceil(request, "spec.domain.resources.requests.cpu");
  }

  private static Quantity cpu(Map<String, Quantity> resources) {
    return resources == null ? null : resources.get("cpu");
  }

  private static int positive(Integer value) {
    return value == null || value < 0 ? 0 : value;
  }
}
