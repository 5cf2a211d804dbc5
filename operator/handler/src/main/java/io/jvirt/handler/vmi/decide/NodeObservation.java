package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import java.time.Instant;
import java.util.List;

/**
 * What virt-handler sees of one VMI of its node when it decides: the VMI, its launcher's domain
 * (null while unknown), whether the node side of the pod is prepared, and the pod IPs.
 *
 * @param preparedFailure why the node side could not be prepared (container disk, network), or
 *     empty
 */
public record NodeObservation(
    VirtualMachineInstance vmi,
    DomainView domain,
    LauncherReach reach,
    boolean prepared,
    String preparedFailure,
    List<String> podIps,
    Instant now) {

  /** Normalises nulls. */
  public NodeObservation {
    preparedFailure = preparedFailure == null ? "" : preparedFailure;
    podIps = podIps == null ? List.of() : List.copyOf(podIps);
  }
}
