package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.StopOptions;
import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;

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
public final class StopCommand extends ForcibleVmCommand {
  public StopCommand(Session session) {
    super(session, "stop", "stopping");
  }

  @Override
  Object body() {
    StopOptions options = new StopOptions();
    if (grace.force) {
      options.setGracePeriod(grace.gracePeriod);
    }
    options.setDryRun(dryRun.requestValue(out()));
    return options;
  }
}
