package io.jvirt.virtctl.commands;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --dry-run} flag of the mutating commands. */
final class DryRunOption {
  /** The {@code dryRun} value that asks the server to check without persisting anything. */
  static final List<String> ALL = List.of("All");

  @Option(
      names = "--dry-run",
      arity = "0..1",
      paramLabel = "true|false",
      description = "If true, the request is only checked by the server and nothing is changed.")
  boolean enabled;

  /** The request's {@code dryRun} field, announcing a dry run on {@code out} as virtctl does. */
  List<String> requestValue(PrintStream out) {
    if (!enabled) {
      return null;
    }
    out.println("Dry Run execution");
    return ALL;
  }
}
