package io.jvirt.launcher.domain.render;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DomainSpec;
import java.util.List;
import java.util.Map;

/**
 * IOThreads as upstream hands them out (converter.go setIOThreads): a pool of shared threads (one
 * with policy shared, two per requested CPU with auto) plus one per disk with a dedicated thread;
 * virtio disks take shared threads round-robin.
 */
final class IoThreads {
  static final String SHARED = "shared";
  static final String AUTO = "auto";

  private final int total;
  private final int shared;
  private int nextShared = 1;
  private int nextDedicated;

  private IoThreads(int total, int shared) {
    this.total = total;
    this.shared = shared;
    this.nextDedicated = shared + 1;
  }

  /** The threads of a domain, or none when no disk asks for one and no policy is set. */
  static IoThreads of(DomainSpec domain, List<Disk> disks) {
    String policy = domain.getIoThreadsPolicy();
    boolean anyDedicated = disks.stream().anyMatch(d -> VmiView.isTrue(d.getDedicatedIOThread()));
    if (policy == null && !anyDedicated) {
      return new IoThreads(0, 0);
    }
    int limit;
    if (policy == null || SHARED.equals(policy)) {
      limit = 1;
    } else if (AUTO.equals(policy)) {
      limit = 2 * requestedCpus(domain);
    } else {
      throw new ConversionException(
          "spec.domain.ioThreadsPolicy", "policy " + policy + " is not supported by jvirt");
    }
    int dedicated =
        (int) disks.stream().filter(d -> VmiView.isTrue(d.getDedicatedIOThread())).count();
    int shared = disks.size() - dedicated;
    if (shared + dedicated > limit) {
      shared = Math.max(1, limit - dedicated);
    }
    return new IoThreads(shared + dedicated, shared);
  }

  /** How many IOThreads the domain has; 0 for none. */
  int total() {
    return total;
  }

  /** The thread of the next disk, in spec order; null for disks not on virtio. */
  Integer assign(Disk disk, DiskBus bus) {
    if (total == 0 || bus != DiskBus.VIRTIO) {
      return null;
    }
    if (VmiView.isTrue(disk.getDedicatedIOThread())) {
      return nextDedicated++;
    }
    int thread = nextShared;
    nextShared = nextShared % shared + 1;
    return thread;
  }

  /** The shared thread a SCSI controller takes when a SCSI disk wants a dedicated thread. */
  int sharedForController() {
    return nextShared;
  }

  private static int requestedCpus(DomainSpec domain) {
    if (domain.getResources() == null) {
      return 1;
    }
    Quantity cpu = cpu(domain.getResources().getRequests());
    String field = "spec.domain.resources.requests.cpu";
    if (cpu == null) {
      cpu = cpu(domain.getResources().getLimits());
      field = "spec.domain.resources.limits.cpu";
    }
    return cpu == null ? 1 : (int) Math.max(1, Quantities.ceil(cpu, field));
  }

  private static Quantity cpu(Map<String, Quantity> resources) {
    return resources == null ? null : resources.get("cpu");
  }
}
