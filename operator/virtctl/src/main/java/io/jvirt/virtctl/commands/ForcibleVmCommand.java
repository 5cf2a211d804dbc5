package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.Session;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of stop and restart, which also take {@code --force} and {@code --grace-period}. */
abstract class ForcibleVmCommand extends VmSubresourceCommand {
  @Mixin GracePeriodOptions grace;

  @Spec CommandSpec spec;

  ForcibleVmCommand(Session session, String verb, String gerund) {
    super(session, verb, gerund);
  }

  @Override
  final void validate() {
    grace.validate(spec);
  }

  @Override
  final boolean forced() {
    return grace.force;
  }
}
