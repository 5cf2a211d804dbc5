package io.jvirt.virtctl.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The flags {@code ssh} and {@code scp} share, with upstream's names and defaults. */
final class SshOptions {
  @Option(
      names = {"-p", "--port"},
      defaultValue = "22",
      description = "The port on the VM to send SSH traffic to. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = {"-l", "--username"},
      description = "The user to connect as; default: $USER (the local user).")
  String username = System.getenv("USER");

  @Option(
      names = {"-i", "--identity-file"},
      description = "A private key to authenticate with; else ssh's own (and its agent).")
  Path identityFile;

  @Option(
      names = "--known-hosts",
      description = "The known_hosts file ssh uses for the VM's host key.")
  Path knownHosts;

  @Option(
      names = {"-t", "--local-ssh-opts"},
      description =
          "Options passed to the local ssh client, e.g. -t '-o StrictHostKeyChecking=no'.")
  List<String> localSshOptions = new ArrayList<>();

  /** The local client's command line builder, {@code virtctl} running this program again. */
  LocalSsh local(List<String> virtctl, List<String> connection) {
    List<String> extra = new ArrayList<>();
    for (String option : localSshOptions) {
      // upstream passes each -t value as given; "-o X=Y" arrives as one word
      extra.addAll(List.of(option.trim().split("\\s+", 2)));
    }
    return new LocalSsh(
        virtctl,
        connection,
        port,
        Optional.ofNullable(identityFile).map(Path::toString),
        Optional.ofNullable(knownHosts).map(Path::toString),
        extra);
  }

  /** The user: the one in the target, else {@code -l}, else none. */
  Optional<String> user(Optional<String> fromTarget) {
    return fromTarget.or(() -> Optional.ofNullable(username).filter(u -> !u.isEmpty()));
  }
}
