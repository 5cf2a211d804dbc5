package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.PauseOptions;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code virtctl unpause vm|vmi NAME}: lets a paused guest run again. */
@Command(
    name = "unpause",
    description = {
      "Unpause a virtual machine.",
      "TYPE is vm (virtualmachine) or vmi (virtualmachineinstance), case-insensitive."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  # Unpause the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} unpause vm myvm"})
public final class UnpauseCommand extends ClusterCommand {
  @Parameters(index = "0", paramLabel = "TYPE", description = "vm or vmi.")
  String type;

  @Parameters(index = "1", paramLabel = "NAME", description = "Name of the VM or VMI.")
  String name;

  @Mixin DryRunOption dryRun;

  private PauseTarget target;

  public UnpauseCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    target = PauseTarget.parse(type);
  }

  @Override
  void execute(Cluster cluster) {
    if (target == PauseTarget.VM) {
      VirtualMachines.require(cluster, name);
    }
    PauseOptions options = new PauseOptions();
    options.setDryRun(dryRun.requestValue(out()));
    try {
      cluster
          .subresources()
          .put(
              cluster.namespace(),
              KubevirtResource.VIRTUAL_MACHINE_INSTANCE.plural(),
              name,
              "unpause",
              options);
    } catch (ClientException e) {
      throw failure("Error unpausing VirtualMachineInstance " + name, e);
    }
    out().println("VMI " + name + " was scheduled to unpause");
  }
}
