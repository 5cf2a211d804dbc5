package io.jvirt.virtctl;

import io.jvirt.virtctl.client.ClusterConnector;
import io.jvirt.virtctl.client.Fabric8ClusterConnector;
import io.jvirt.virtctl.commands.ConsoleCommand;
import io.jvirt.virtctl.commands.ExposeCommand;
import io.jvirt.virtctl.commands.FsListCommand;
import io.jvirt.virtctl.commands.GuestOsInfoCommand;
import io.jvirt.virtctl.commands.ImageUploadCommand;
import io.jvirt.virtctl.commands.PauseCommand;
import io.jvirt.virtctl.commands.PortForwardCommand;
import io.jvirt.virtctl.commands.RestartCommand;
import io.jvirt.virtctl.commands.ScpCommand;
import io.jvirt.virtctl.commands.SoftRebootCommand;
import io.jvirt.virtctl.commands.SshCommand;
import io.jvirt.virtctl.commands.StartCommand;
import io.jvirt.virtctl.commands.StopCommand;
import io.jvirt.virtctl.commands.UnpauseCommand;
import io.jvirt.virtctl.commands.UserListCommand;
import io.jvirt.virtctl.commands.VersionCommand;
import io.jvirt.virtctl.commands.VncCommand;
import io.jvirt.virtctl.commands.VncScreenshotCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code virtctl}, also installed as the kubectl plugin {@code kubectl-virt}.
 *
 * <p>A launcher may set the system property {@value #PROGRAM_NAME_PROPERTY} to the name it was
 * invoked as; {@code kubectl-virt} makes help text say {@code kubectl virt}.
 */
public final class Virtctl {
  /** System property naming how the tool was invoked. */
  public static final String PROGRAM_NAME_PROPERTY = "virtctl.program.name";

  private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private Virtctl() {}

  public static void main(String[] args) {
    if (System.getProperty(SLF4J_LEVEL) == null) {
      System.setProperty(SLF4J_LEVEL, "error");
    }
    ClusterConnector connector = new Fabric8ClusterConnector(System.getenv());
    System.exit(run(args, System.out, System.err, System.in, connector));
  }

  /** Runs one invocation with the process's standard input. */
  static int run(String[] args, PrintStream out, PrintStream err, ClusterConnector connector) {
    return run(args, out, err, System.in, connector);
  }

  /**
   * Runs one invocation.
   *
   * @return the exit code: 0 on success, 1 on any failure
   */
  static int run(
      String[] args, PrintStream out, PrintStream err, InputStream in, ClusterConnector connector) {
    return run(args, new Session(in, out, err, connector));
  }

  /** Runs one invocation in {@code session}, closing it after. */
  static int run(String[] args, Session session) {
    PrintStream out = session.out();
    PrintStream err = session.err();
    try (session) {
      int code = commandLine(session).execute(args);
      out.flush();
      err.flush();
      return code;
    }
  }

  static CommandLine commandLine(Session session) {
    CommandLine cli = new CommandLine(new RootCommand(session));
    cli.addSubcommand(new ConsoleCommand(session));
    cli.addSubcommand(new PortForwardCommand(session));
    cli.addSubcommand(new SshCommand(session));
    cli.addSubcommand(new ScpCommand(session));
    cli.addSubcommand(
        new CommandLine(new VncCommand(session)).addSubcommand(new VncScreenshotCommand(session)));
    cli.addSubcommand(new ExposeCommand(session));
    cli.addSubcommand(new GuestOsInfoCommand(session));
    cli.addSubcommand(new UserListCommand(session));
    cli.addSubcommand(new FsListCommand(session));
    cli.addSubcommand(new ImageUploadCommand(session));
    cli.addSubcommand(new PauseCommand(session));
    cli.addSubcommand(new RestartCommand(session));
    cli.addSubcommand(new SoftRebootCommand(session));
    cli.addSubcommand(new StartCommand(session));
    cli.addSubcommand(new StopCommand(session));
    cli.addSubcommand(new UnpauseCommand(session));
    cli.addSubcommand(new VersionCommand(session));
    // as cobra does: an option's value may start with a dash (--local-ssh-opts=-tt)
    cli.setAllowOptionsAsOptionParameters(true);
    cli.setCommandName(programName(System.getProperty(PROGRAM_NAME_PROPERTY)));
    cli.setOut(new PrintWriter(session.out(), true));
    cli.setErr(new PrintWriter(session.err(), true));
    ErrorReporter reporter = new ErrorReporter(session.err());
    cli.setExecutionExceptionHandler(reporter);
    cli.setParameterExceptionHandler(reporter);
    return cli;
  }

  /** {@code kubectl virt} when run as the kubectl plugin, else {@code virtctl}. */
  static String programName(String invokedAs) {
    if (invokedAs != null && invokedAs.replace('\\', '/').endsWith("kubectl-virt")) {
      return "kubectl virt";
    }
    return "virtctl";
  }
}
