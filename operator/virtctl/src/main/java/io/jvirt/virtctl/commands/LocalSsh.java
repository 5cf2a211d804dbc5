package io.jvirt.virtctl.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command line of the local {@code ssh} or {@code scp} that {@code virtctl ssh}/{@code scp}
 * run, as upstream builds it: a ProxyCommand running this virtctl's {@code port-forward
 * --stdio=true} to the guest's port, the user's extra options, the identity file when given, then
 * the host named {@code kind.name.namespace}.
 *
 * @param virtctl how to run this virtctl again (the ProxyCommand's program)
 * @param connection the connection flags this virtctl was given, passed on to the ProxyCommand
 * @param port the guest's ssh port
 * @param identityFile {@code -i}, when the user gave it
 * @param knownHosts the known-hosts file, when the user gave it
 * @param extraOptions {@code -t/--local-ssh-opts}, in order
 */
record LocalSsh(
    List<String> virtctl,
    List<String> connection,
    int port,
    Optional<String> identityFile,
    Optional<String> knownHosts,
    List<String> extraOptions) {

  /** The host name ssh is given for {@code target}: upstream's {@code kind.name.namespace}. */
  static String host(ForwardTarget target, String namespace) {
    return target.kind() + "." + target.name() + "." + namespace;
  }

  /** {@code ssh ... [user@]host [command]}. */
  List<String> ssh(ForwardTarget target, String namespace, Optional<String> user, String command) {
    List<String> args = common("ssh", target, namespace);
    args.add(user.map(u -> u + "@").orElse("") + host(target, namespace));
    if (command != null && !command.isEmpty()) {
      args.add(command);
    }
    return args;
  }

  /**
   * {@code scp ... [-r] [-p] from to}, the remote side already written as {@code user@host:path}.
   */
  List<String> scp(
      ForwardTarget target,
      String namespace,
      boolean recursive,
      boolean preserve,
      String from,
      String to) {
    List<String> args = common("scp", target, namespace);
    if (recursive) {
      args.add("-r");
    }
    if (preserve) {
      args.add("-p");
    }
    args.add(from);
    args.add(to);
    return args;
  }

  private List<String> common(String program, ForwardTarget target, String namespace) {
    List<String> args = new ArrayList<>();
    args.add(program);
    args.add("-o");
    args.add("ProxyCommand=" + proxyCommand(target, namespace));
    knownHosts.ifPresent(
        file -> {
          args.add("-o");
          args.add("UserKnownHostsFile=" + file);
        });
    args.addAll(extraOptions);
    identityFile.ifPresent(
        file -> {
          args.add("-i");
          args.add(file);
        });
    return args;
  }

  private String proxyCommand(ForwardTarget target, String namespace) {
    List<String> words = new ArrayList<>(virtctl);
    words.add("port-forward");
    words.addAll(connection);
    words.addAll(
        List.of(
            "--stdio=true",
            target.kind() + "/" + target.name() + "/" + namespace,
            Integer.toString(port)));
    // ssh runs the ProxyCommand with the user's shell: quote what could split
    return words.stream().map(LocalSsh::quoted).collect(Collectors.joining(" "));
  }

  private static String quoted(String word) {
    if (word.matches("[A-Za-z0-9_./=:@%+-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
