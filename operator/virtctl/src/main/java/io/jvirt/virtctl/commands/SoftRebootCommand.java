package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
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
public final class SoftRebootCommand extends SubresourceCommand {
  @Parameters(paramLabel = "VMI", description = "Name of the virtual machine instance.")
  String name;

  public SoftRebootCommand(Session session) {
    super(session, KubevirtResource.VIRTUAL_MACHINE_INSTANCE, "softreboot", "soft-reboot");
  }

  @Override
  String name() {
    return name;
  }

  @Override
  Object body() {
    return null;
  }

  @Override
  String failureHeading() {
    return "Error soft rebooting VirtualMachineInstance " + name;
  }
}
