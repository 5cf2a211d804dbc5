package io.jvirt.e2e;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Counts, every second while open, the QEMU processes on this node running each of a namespace's
 * VMs, and keeps the most seen at once: a VM whose guest ran twice shows a count of two.
 */
final class QemuCensus implements AutoCloseable {
  private final Jvirt jvirt;
  private final String namespace;
  private final List<String> vms;
  private final Map<String, Integer> most = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  QemuCensus(Jvirt jvirt, String namespace, List<String> vms) {
    this.jvirt = jvirt;
    this.namespace = namespace;
    this.vms = List.copyOf(vms);
    timer.scheduleWithFixedDelay(this::count, 0, 1, TimeUnit.SECONDS);
  }

  private void count() {
    for (String vm : vms) {
      int now = jvirt.qemuPids(namespace, vm).size();
      most.merge(vm, now, Math::max);
    }
  }

  /** The most QEMU processes seen at once for each VM. */
  Map<String, Integer> most() {
    return Map.copyOf(most);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
