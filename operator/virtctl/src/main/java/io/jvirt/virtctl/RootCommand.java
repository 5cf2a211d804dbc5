package io.jvirt.virtctl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code virtctl} command: holds the kubectl-style global flags, which every
 * subcommand inherits, and prints help when no subcommand is given.
 */
@Command(
    name = "virtctl",
    synopsisSubcommandLabel = "COMMAND",
    description = "virtctl controls virtual machine related operations on your kubernetes cluster.",
    commandListHeading = "%nAvailable Commands:%n",
    optionListHeading = "%nOptions:%n")
final class RootCommand implements Runnable {
  private final Session session;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Show help for this command and exit.")
  private boolean help;

  RootCommand(Session session) {
    this.session = session;
  }

  @Option(
      names = "--kubeconfig",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description = "Path to the kubeconfig file to use for CLI requests.")
  void kubeconfig(String path) {
    session.connection().kubeconfig(path);
  }

  @Option(
      names = "--context",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "The name of the kubeconfig context to use.")
  void context(String name) {
    session.connection().context(name);
  }

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      scope = ScopeType.INHERIT,
      description = "The namespace scope for this CLI request.")
  void namespace(String name) {
    session.connection().namespace(name);
  }

  @Override
  public void run() {
    spec.commandLine().usage(session.out());
  }
}
