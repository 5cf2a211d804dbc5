package io.jvirt.virtctl.commands;

import io.jvirt.api.v1.subresources.RestartOptions;
import io.jvirt.virtctl.Session;
import picocli.CommandLine.Command;

/** {@code virtctl restart VM}: asks virt-api to stop and start a virtual machine again. */
@Command(
    name = "restart",
    description = "Restart a virtual machine.",
    footerHeading = "%nExamples:%n",
    footer = {"  # Restart the virtual machine 'myvm':", "  ${ROOT-COMMAND-NAME} restart myvm"})
public final class RestartCommand extends ForcibleVmCommand {
  public RestartCommand(Session session) {
    super(session, "restart", "restarting");
  }

  @Override
  Object body() {
    RestartOptions options = new RestartOptions();
    if (grace.force) {
      options.setGracePeriodSeconds(grace.gracePeriod);
    }
    options.setDryRun(dryRun.requestValue(out()));
    return options;
  }
}
