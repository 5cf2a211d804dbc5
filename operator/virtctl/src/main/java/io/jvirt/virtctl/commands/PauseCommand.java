package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.jvirt.api.v1.subresources.PauseOptions;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl pause vm|vmi NAME}: freezes a running guest, keeping its memory. A VM is paused
 * through the VMI of the same name.
 */
@Command(
    name = "pause",
    description = {
      "Pause a virtual machine by freezing it; its state stays in memory.",
      "TYPE is vm (virtualmachine) or vmi (virtualmachineinstance), case-insensitive."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  # Pause the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} pause vm myvm"})
public final class PauseCommand extends ClusterCommand {
  @Parameters(index = "0", paramLabel = "TYPE", description = "vm or vmi.")
  String type;

  @Parameters(index = "1", paramLabel = "NAME", description = "Name of the VM or VMI.")
  String name;

  @Mixin DryRunOption dryRun;

  private PauseTarget target;

  public PauseCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    target = PauseTarget.parse(type);
  }

  @Override
  void execute(Cluster cluster) {
    GenericKubernetesResource vm =
        target == PauseTarget.VM ? VirtualMachines.require(cluster, name) : null;
    PauseOptions options = new PauseOptions();
    options.setDryRun(dryRun.requestValue(out()));
    try {
      cluster
          .subresources()
          .put(
              cluster.namespace(),
              KubevirtResource.VIRTUAL_MACHINE_INSTANCE.plural(),
              name,
              "pause",
              options);
    } catch (ApiException e) {
      if (vm != null && e.isNotFound()) {
        throw missingInstance(vm);
      }
      throw failure("Error pausing VirtualMachineInstance " + name, e);
    } catch (ClientException e) {
      throw failure("Error pausing VirtualMachineInstance " + name, e);
    }
    out().println("VMI " + name + " was scheduled to pause");
  }

  private CommandFailedException missingInstance(GenericKubernetesResource vm) {
    if (VirtualMachines.isHalted(vm)) {
      return new CommandFailedException(
          "Error pausing VirtualMachineInstance "
              + name
              + ". VirtualMachine "
              + name
              + " is not set to run");
    }
    return new CommandFailedException(
        "Error pausing VirtualMachineInstance " + name + ", it was not found");
  }
}
