package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;

/** Looks up the VirtualMachine a {@code vm NAME} argument names, for the VMI commands. */
final class VirtualMachines {
  private VirtualMachines() {}

  /** The VM, or a failure line saying it could not be read. */
  static GenericKubernetesResource require(Cluster cluster, String name) {
    KubevirtResource vms = KubevirtResource.VIRTUAL_MACHINE;
    try {
      return cluster
          .resources()
          .get(cluster.namespace(), vms, name)
          .orElseThrow(() -> new ApiException(404, "NotFound", vms.notFoundMessage(name)));
    } catch (ClientException e) {
      throw new CommandFailedException(
          "Error getting VirtualMachine " + name + ": " + e.getMessage(), e);
    }
  }

  /** Whether the VM is meant to stay stopped: runStrategy Halted, or running false. */
  static boolean isHalted(GenericKubernetesResource vm) {
    Object strategy = vm.get("spec", "runStrategy");
    if (strategy != null) {
      return "Halted".equals(strategy);
    }
    return Boolean.FALSE.equals(vm.get("spec", "running"));
  }
}
