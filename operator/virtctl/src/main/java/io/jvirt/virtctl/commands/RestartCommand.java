package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.RestartOptions;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code virtctl restart VM}: asks virt-api to stop and start a virtual machine again. */
@Command(
    name = "restart",
    description = "Restart a virtual machine.",
    footerHeading = "%nExamples:%n",
    footer = {"  # Restart the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} restart myvm"})
public final class RestartCommand extends ClusterCommand {
  @Parameters(paramLabel = "VM", description = "Name of the virtual machine.")
  String name;

  @Mixin GracePeriodOptions grace;

  @Mixin DryRunOption dryRun;

  @Spec CommandSpec spec;

  public RestartCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    grace.validate(spec);
  }

  @Override
  void execute(Cluster cluster) {
    RestartOptions options = new RestartOptions();
    if (grace.force) {
      options.setGracePeriodSeconds(grace.gracePeriod);
    }
    options.setDryRun(dryRun.requestValue(out()));
    try {
      cluster
          .subresources()
          .put(
              cluster.namespace(),
              KubevirtResource.VIRTUAL_MACHINE.plural(),
              name,
              "restart",
              options);
    } catch (ClientException e) {
      throw failure(
          grace.force ? "Error force restarting VirtualMachine" : "Error restarting VirtualMachine",
          e);
    }
    out().println("VM " + name + " was scheduled to restart");
  }
}
