package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.StartOptions;
import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code virtctl start VM}: asks virt-api to start a stopped virtual machine. */
@Command(
    name = "start",
    description = "Start a virtual machine.",
    footerHeading = "%nExamples:%n",
    footer = {"  # Start the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} start myvm"})
public final class StartCommand extends VmSubresourceCommand {
  @Option(
      names = "--paused",
      arity = "0..1",
      paramLabel = "true|false",
      description = "If true, the virtual machine starts with its guest paused.")
  boolean paused;

  public StartCommand(Session session) {
    super(session, "start", "starting");
  }

  @Override
  Object body() {
    StartOptions options = new StartOptions();
    if (paused) {
      options.setPaused(true);
    }
    options.setDryRun(dryRun.requestValue(out()));
    return options;
  }
}
