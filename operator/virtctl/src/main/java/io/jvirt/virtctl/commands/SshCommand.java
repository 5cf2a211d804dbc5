package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.Cluster;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl ssh [user@]TYPE/NAME[/NAMESPACE]}: runs the local {@code ssh} through a
 * port-forward ProxyCommand, as upstream does now; its exit code is virtctl's.
 */
@Command(
    name = "ssh",
    description = "Open a SSH connection to a virtual machine instance.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Connect to 'testvmi':",
      "  ${ROOT-COMMAND-NAME} ssh jdoe@vmi/testvmi [--identity-file]",
      "  # Connect to 'testvm' in 'mynamespace' namespace:",
      "  ${ROOT-COMMAND-NAME} ssh jdoe@vm/testvm/mynamespace [--identity-file]",
      "  # Specify a username and namespace:",
      "  ${ROOT-COMMAND-NAME} ssh --namespace=mynamespace --username=jdoe vmi/testvmi"
    })
public final class SshCommand extends ClusterCommand {
  @Parameters(paramLabel = "[USER@]TYPE/NAME[/NAMESPACE]", description = "The VM or VMI.")
  String target;

  @Mixin SshOptions options = new SshOptions();

  @Option(
      names = {"-c", "--command"},
      description = "A command to run in the VM instead of a login shell, e.g. --command='ls /'.")
  String command;

  public SshCommand(Session session) {
    super(session);
  }

  @Override
  void execute(Cluster cluster) {
    SshTarget parsed = SshTarget.parse(target);
    String namespace = parsed.target().namespaceOr(cluster.namespace());
    List<String> line =
        options
            .local(ThisVirtctl.program(), ThisVirtctl.connection(session.connection()))
            .ssh(parsed.target(), namespace, options.user(parsed.user()), command);
    exitCode = LocalClient.run(line);
  }

  /** Runs the local client on this terminal. */
  static final class LocalClient {
    private LocalClient() {}

    static int run(List<String> line) {
      try {
        return new ProcessBuilder(line).inheritIO().start().waitFor();
      } catch (IOException e) {
        throw new CommandFailedException(
            "cannot run the local " + line.get(0) + " client: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailedException(line.get(0) + " was interrupted", e);
      }
    }
  }
}
