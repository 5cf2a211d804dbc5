package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --force} and {@code --grace-period} flags of stop and restart, which go together. */
final class GracePeriodOptions {
  static final String GRACE_PERIOD = "--grace-period";

  @Option(
      names = "--force",
      arity = "0..1",
      paramLabel = "true|false",
      description =
          "Only used with --grace-period=0: removes the VMI pod at once, bypassing graceful"
              + " deletion; this can lose data.")
  boolean force;

  @Option(
      names = GRACE_PERIOD,
      paramLabel = "SECONDS",
      defaultValue = "-1",
      description =
          "Seconds the VMI gets to shut down gracefully; needs --force. Default: ${DEFAULT-VALUE}.")
  long gracePeriod;

  /** Rejects one flag without the other, as virtctl does. */
  void validate(CommandSpec spec) {
    boolean graceGiven = spec.commandLine().getParseResult().hasMatchedOption(GRACE_PERIOD);
    if (graceGiven != force) {
      throw new CommandFailedException("Must both use --force=true and set --grace-period.");
    }
  }
}
