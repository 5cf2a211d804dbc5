package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.StopOptions;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code virtctl stop VM}: asks virt-api to stop a running virtual machine. */
@Command(
    name = "stop",
    description = "Stop a virtual machine.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Stop the virtual machine 'myvm':",
      "  ${ROOT-COMMAND-NAME} stop myvm",
      "  # Stop it at once, without a graceful shutdown:",
      "  ${ROOT-COMMAND-NAME} stop myvm --force --grace-period=0"
    })
public final class StopCommand extends ClusterCommand {
  @Parameters(paramLabel = "VM", description = "Name of the virtual machine.")
  String name;

  @Mixin GracePeriodOptions grace;

  @Mixin DryRunOption dryRun;

  @Spec CommandSpec spec;

  public StopCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    grace.validate(spec);
  }

  @Override
  void execute(Cluster cluster) {
    StopOptions options = new StopOptions();
    if (grace.force) {
      options.setGracePeriod(grace.gracePeriod);
    }
    options.setDryRun(dryRun.requestValue(out()));
    try {
      cluster
          .subresources()
          .put(
              cluster.namespace(),
              KubevirtResource.VIRTUAL_MACHINE.plural(),
              name,
              "stop",
              options);
    } catch (ClientException e) {
      throw failure(
          grace.force ? "Error force stopping VirtualMachine" : "Error stopping VirtualMachine", e);
    }
    out().println("VM " + name + " was scheduled to stop");
  }
}
