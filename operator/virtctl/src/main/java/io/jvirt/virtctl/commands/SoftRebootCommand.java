package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code virtctl soft-reboot VMI}: asks the guest to reboot through its agent or ACPI. */
@Command(
    name = "soft-reboot",
    description = "Soft reboot a virtual machine instance.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Soft reboot the virtual machine instance 'myvmi':",
      "  ${ROOT-COMMAND-NAME} soft-reboot myvmi"
    })
public final class SoftRebootCommand extends ClusterCommand {
  @Parameters(paramLabel = "VMI", description = "Name of the virtual machine instance.")
  String name;

  public SoftRebootCommand(Session session) {
    super(session);
  }

  @Override
  void execute(Cluster cluster) {
    try {
      cluster
          .subresources()
          .put(
              cluster.namespace(),
              KubevirtResource.VIRTUAL_MACHINE_INSTANCE.plural(),
              name,
              "softreboot",
              null);
    } catch (ClientException e) {
      throw failure("Error soft rebooting VirtualMachineInstance " + name, e);
    }
    out().println("VMI " + name + " was scheduled to soft-reboot");
  }
}
