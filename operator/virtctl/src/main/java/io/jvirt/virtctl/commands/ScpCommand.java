package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.Cluster;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtctl scp SOURCE DESTINATION}, one of them {@code [user@]TYPE/NAME[/NAMESPACE]:PATH}:
 * runs the local {@code scp} through a port-forward ProxyCommand, as upstream does now.
 */
@Command(
    name = "scp",
    description = "SCP files from/to a virtual machine instance.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Copy a file to the remote home folder of user jdoe:",
      "  ${ROOT-COMMAND-NAME} scp myfile.bin jdoe@vmi/testvmi:myfile.bin",
      "  # Copy a directory to the remote home folder of user jdoe:",
      "  ${ROOT-COMMAND-NAME} scp --recursive ~/mydir/ jdoe@vmi/testvmi:./mydir",
      "  # Copy a file from the remote location to a local folder:",
      "  ${ROOT-COMMAND-NAME} scp jdoe@vmi/testvmi:myfile.bin ~/myfile.bin"
    })
public final class ScpCommand extends ClusterCommand {
  @Parameters(index = "0", paramLabel = "SOURCE")
  String source;

  @Parameters(index = "1", paramLabel = "DESTINATION")
  String destination;

  @Mixin SshOptions options = new SshOptions();

  @Option(
      names = {"-r", "--recursive"},
      description = "Recursively copy entire directories.")
  boolean recursive;

  @Option(
      names = "--preserve",
      description = "Preserve modification times, access times, and modes of the original.")
  boolean preserve;

  public ScpCommand(Session session) {
    super(session);
  }

  @Override
  void execute(Cluster cluster) {
    Optional<Remote> from = Remote.parse(source);
    Optional<Remote> to = Remote.parse(destination);
    if (from.isPresent() && to.isPresent()) {
      throw new CommandFailedException(
          "copying from a remote location to another remote location is not supported");
    }
    if (from.isEmpty() && to.isEmpty()) {
      throw new CommandFailedException(
          "none of the two provided locations seems to be a remote location: "
              + source
              + " to "
              + destination);
    }
    Remote remote = from.or(() -> to).orElseThrow();
    String namespace = remote.target().target().namespaceOr(cluster.namespace());
    String remoteArg =
        options.user(remote.target().user()).map(u -> u + "@").orElse("")
            + LocalSsh.host(remote.target().target(), namespace)
            + ":"
            + remote.path();
    List<String> line =
        options
            .local(ThisVirtctl.program(), ThisVirtctl.connection(session.connection()))
            .scp(
                remote.target().target(),
                namespace,
                recursive,
                preserve,
                from.isPresent() ? remoteArg : source,
                from.isPresent() ? destination : remoteArg);
    exitCode = SshCommand.LocalClient.run(line);
  }

  /** A {@code [user@]type/name[/namespace]:path} argument. */
  record Remote(SshTarget target, String path) {
    static Optional<Remote> parse(String arg) {
      int colon = arg.indexOf(':');
      if (colon <= 0 || !arg.substring(0, colon).contains("/")) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Remote(SshTarget.parse(arg.substring(0, colon)), arg.substring(colon + 1)));
      } catch (CommandFailedException e) {
        // not a VM or VMI before the colon: a local path that has one
        return Optional.empty();
      }
    }
  }
}
