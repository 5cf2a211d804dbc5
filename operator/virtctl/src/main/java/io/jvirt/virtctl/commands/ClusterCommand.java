package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * Base of the commands that act on a cluster: validates the flags first, then connects and runs.
 */
abstract class ClusterCommand implements Callable<Integer> {
  final Session session;

  /** What virtctl exits with once {@link #execute} returns: 0, or a wrapped local client's code. */
  int exitCode;

  ClusterCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    validate();
    execute(session.cluster());
    return exitCode;
  }

  /** Rejects flag combinations before any connection is made; nothing to check by default. */
  void validate() {}

  /** Does the work against {@code cluster}, throwing {@link CommandFailedException} on failure. */
  abstract void execute(Cluster cluster);

  PrintStream out() {
    return session.out();
  }

  /** A failure line: {@code <what>: <the client's message>}. */
  static CommandFailedException failure(String what, ClientException cause) {
    return new CommandFailedException(what + ": " + cause.getMessage(), cause);
  }
}
