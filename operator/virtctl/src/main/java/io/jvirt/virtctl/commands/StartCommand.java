package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.StartOptions;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code virtctl start VM}: asks virt-api to start a stopped virtual machine. */
@Command(
    name = "start",
    description = "Start a virtual machine.",
    footerHeading = "%nExamples:%n",
    footer = {"  # Start the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} start myvm"})
public final class StartCommand extends ClusterCommand {
  @Parameters(paramLabel = "VM", description = "Name of the virtual machine.")
  String name;

  @Option(
      names = "--paused",
      arity = "0..1",
      paramLabel = "true|false",
      description = "If true, the virtual machine starts with its guest paused.")
  boolean paused;

  @Mixin DryRunOption dryRun;

  public StartCommand(Session session) {
    super(session);
  }

  @Override
  void execute(Cluster cluster) {
    StartOptions options = new StartOptions();
    if (paused) {
      options.setPaused(true);
    }
    options.setDryRun(dryRun.requestValue(out()));
    try {
      cluster
          .subresources()
          .put(
              cluster.namespace(),
              KubevirtResource.VIRTUAL_MACHINE.plural(),
              name,
              "start",
              options);
    } catch (ClientException e) {
      throw failure("Error starting VirtualMachine", e);
    }
    out().println("VM " + name + " was scheduled to start");
  }
}
