package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.domain.Features;

/**
 * The VMI phase a domain state means (upstream's mapping): a running or paused domain is Running; a
 * guest that shut itself down Succeeded; one that crashed Failed; one killed by the handler
 * Succeeded when it had no grace period or no ACPI to be asked with, else Failed (the graceful
 * shutdown timed out).
 */
final class PhaseFromDomain {
  /** Upstream's grace period when a VMI names none. */
  static final long DEFAULT_GRACE_SECONDS = 30;

  private PhaseFromDomain() {}

  /** The phase for {@code domain}, or null when the domain says nothing yet (defined, not run). */
  static VirtualMachineInstancePhase of(DomainView domain, VirtualMachineInstance vmi) {
    if (domain == null || !domain.exists()) {
      return null;
    }
    if (domain.alive()) {
      return VirtualMachineInstancePhase.RUNNING;
    }
    if (!domain.stopped()) {
      return null;
    }
    return switch (domain.reason()) {
      case "Shutdown", "Saved", "FromSnapshot" -> VirtualMachineInstancePhase.SUCCEEDED;
      case "Destroyed" ->
          gracePeriodSeconds(vmi, domain) == 0 || !acpi(vmi)
              ? VirtualMachineInstancePhase.SUCCEEDED
              : VirtualMachineInstancePhase.FAILED;
      default -> VirtualMachineInstancePhase.FAILED;
    };
  }

  /** The VMI's grace period now (virtctl's forced stop lowers it), else the domain's. */
  static long gracePeriodSeconds(VirtualMachineInstance vmi, DomainView domain) {
    Long grace = vmi.getSpec().getTerminationGracePeriodSeconds();
    if (grace != null) {
      return grace;
    }
    return domain == null ? DEFAULT_GRACE_SECONDS : domain.gracePeriodSeconds();
  }

  /** ACPI is on unless the VMI turns it off. */
  static boolean acpi(VirtualMachineInstance vmi) {
    Features features =
        vmi.getSpec().getDomain() == null ? null : vmi.getSpec().getDomain().getFeatures();
    return features == null
        || features.getAcpi() == null
        || !Boolean.FALSE.equals(features.getAcpi().getEnabled());
  }
}
